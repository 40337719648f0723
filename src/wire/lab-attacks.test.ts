import { describe, expect, it } from 'vitest'
import {
  ATTACKER_ORIGIN,
  CALENDAR_API_ORIGIN,
  LEGACY_APP_CLIENT,
  PHOTO_SPA_CLIENT,
} from '../protocol/demo-world.ts'
import { createLab } from './lab.ts'
import { GALLERY_PATH } from './printshop-gallery.ts'

/** A real access token of the lab's server, for the photo API (client credentials, RFC 6749 §4.4). */
async function photoApiToken(lab: ReturnType<typeof createLab>): Promise<string> {
  const response = await lab.wire.send(
    new Request(`${lab.authorizationServer.issuer}/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${btoa('backup-job:backup-job-secret')}`,
      },
      body: 'grant_type=client_credentials',
    }),
    { from: 'client', channel: 'back' },
  )
  return ((await response.json()) as { access_token: string }).access_token
}

describe('the lab’s attack scenery', () => {
  it('routes Mallory’s site and the calendar API, each as its own role', () => {
    const lab = createLab()
    expect(lab.wire.roleAt(`${ATTACKER_ORIGIN}/`)).toBe('attacker')
    expect(lab.wire.roleAt(`${CALENDAR_API_ORIGIN}/events`)).toBe('resource-server')
  })

  it('the calendar API refuses a photo API token until a flow turns its audience check off', async () => {
    const lab = createLab()
    const token = await photoApiToken(lab)
    const call = () =>
      lab.wire.send(
        new Request(`${CALENDAR_API_ORIGIN}/events`, {
          headers: { Authorization: `Bearer ${token}` },
        }),
        { from: 'attacker', channel: 'back' },
      )
    expect((await call()).status).toBe(401)
    lab.configure({ calendarApi: { checksAudience: false } })
    expect((await call()).status).toBe(200)
    lab.configure({})
    expect((await call()).status).toBe(401)
    // It fetched the issuer's keys over the wire, as the photo API does.
    expect(
      lab.wire.exchanges().filter((e) => e.from === 'resource-server' && e.to !== null).length,
    ).toBeGreaterThan(0)
  })

  it('serves Mallory’s gallery page on the Printshop web app’s site, with a leaky referrer policy', async () => {
    const lab = createLab()
    const origin = new URL(PHOTO_SPA_CLIENT.redirectUri).origin
    const page = await lab.browser().navigate(`${origin}${GALLERY_PATH}?code=C`)
    expect(page.status).toBe(200)
    expect(page.headers).toContainEqual(['referrer-policy', 'no-referrer-when-downgrade'])
    const loads = await lab.browser().loadImages(page)
    expect(loads).toEqual([
      {
        url: `${ATTACKER_ORIGIN}/prints/sunset.svg`,
        status: 200,
        referer: `${origin}${GALLERY_PATH}?code=C`,
      },
    ])
    expect(lab.attackerSite.received().map((r) => r.referer)).toEqual([
      `${origin}${GALLERY_PATH}?code=C`,
    ])
    lab.restart()
    expect(lab.attackerSite.received()).toEqual([])
  })

  it('tells the implicit client’s visitors that the token stays in the fragment', async () => {
    const lab = createLab()
    const page = await lab.browser().navigate(`${LEGACY_APP_CLIENT.redirectUri}#access_token=T`)
    expect(page.body).toContain('reads the access token from the URL’s fragment')
    expect(lab.callbacks[LEGACY_APP_CLIENT.clientId]?.lastCallback()).toBe(
      LEGACY_APP_CLIENT.redirectUri,
    )
  })
})
