import { describe, expect, it } from 'vitest'
import { FRAME_TV_CLIENT, ISSUER, LEGACY_APP_CLIENT } from '../protocol/demo-world.ts'
import { createBrowserClient, type BrowserPage } from './testing/browser-client.ts'
import { runDeviceVerification } from './testing/run-device-verification.ts'
import { authorizationParams, createTestServer, postForm } from './testing/test-kit.ts'
import type { AuthorizationServer } from './index.ts'

const newBrowser = (server: AuthorizationServer) =>
  createBrowserClient(
    (request) => server.fetch(request),
    (url) => url.origin === ISSUER,
  )

/** The login form of a fresh photo-spa request, in a fresh browser. */
async function loginForm(server: AuthorizationServer) {
  const browser = newBrowser(server)
  const { params } = await authorizationParams('photo-spa')
  const page = await browser.open(`${ISSUER}/authorize?${new URLSearchParams(params)}`)
  return { browser, page }
}

async function wrongLogins(server: AuthorizationServer, times: number): Promise<BrowserPage> {
  const { browser, page } = await loginForm(server)
  let current = page
  for (let i = 0; i < times; i++)
    current = await browser.submit(current, { username: 'alice', password: 'looking-glass' })
  return current
}

async function deviceLoginWithWrongPassword(server: AuthorizationServer) {
  const started = await postForm(
    server,
    { client_id: FRAME_TV_CLIENT.clientId, scope: 'photos.read' },
    { path: '/device_authorization' },
  )
  const { user_code } = (await started.json()) as { user_code: string }
  return (await runDeviceVerification(server, user_code, { password: 'looking-glass' })).page
}

describe('sign-in forms: wrong passwords (RFC 9110 §15.5.2, RFC 6749 §10.10)', () => {
  it('a wrong password re-renders the form with 400, no challenge and no session', async () => {
    const server = createTestServer()
    const page = await wrongLogins(server, 1)
    expect(page.status).toBe(400)
    expect(page.headers.get('www-authenticate')).toBeNull()
    expect(page.headers.get('set-cookie')).toBeNull()
    expect(page.body).toContain('That username and password do not match.')
    expect(page.body).toContain('<form method="post"')
    const device = await deviceLoginWithWrongPassword(server)
    expect(device.status).toBe(400)
    expect(device.headers.get('www-authenticate')).toBeNull()
    expect(device.body).toContain('That username and password do not match.')
  })

  it('after 5 wrong passwords in a minute the account is blocked, even for the right one, with 429 and Retry-After', async () => {
    const server = createTestServer()
    const fifth = await wrongLogins(server, 5)
    expect(fifth.status).toBe(400)
    const { browser, page } = await loginForm(server)
    const blocked = await browser.submit(page, { username: 'alice', password: 'wonderland' })
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(blocked.body).toContain(
      'Too many wrong passwords for this account: it takes 5 tries a minute, against password guessing. Wait 60 seconds, then try again.',
    )
    expect(blocked.headers.get('set-cookie')).toBeNull()
    // Bob is not affected, and Alice may try again once the minute has passed on the server clock.
    const bob = await loginForm(server)
    expect(
      (await bob.browser.submit(bob.page, { username: 'bob', password: 'builder' })).url,
    ).toMatch(/\/consent\?/)
    server.clock.advance(60)
    const later = await loginForm(server)
    const signedIn = await later.browser.submit(later.page, {
      username: 'alice',
      password: 'wonderland',
    })
    expect(signedIn.status).toBe(200)
    expect(new URL(signedIn.url).pathname).toBe('/consent')
  })

  it('/login, /device/login and the password grant count failures together, per account', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    await wrongLogins(server, 3)
    await deviceLoginWithWrongPassword(server)
    await deviceLoginWithWrongPassword(server)
    const grant = await postForm(
      server,
      { grant_type: 'password', username: 'alice', password: 'wonderland' },
      { basic: [LEGACY_APP_CLIENT.clientId, LEGACY_APP_CLIENT.clientSecret] },
    )
    expect(grant.status).toBe(400)
    expect((await grant.json()).error_description).toMatch(/^Too many wrong passwords for alice/)
    const device = await deviceLoginWithWrongPassword(server)
    expect(device.status).toBe(429)
    expect(device.body).toContain('Too many wrong passwords for this account')
  })
})
