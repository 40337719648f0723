import { describe, expect, it } from 'vitest'
import { FRAME_TV_CLIENT, ISSUER } from '../protocol/demo-world.ts'
import { DEMO_CLIENTS, DEMO_USERS, type AuthorizationServer } from './index.ts'
import { createBrowserClient } from './testing/browser-client.ts'
import { extractForms } from '../protocol/html-forms/html-forms.ts'
import { runDeviceVerification } from './testing/run-device-verification.ts'
import { createTestServer, obtainCode, postForm } from './testing/test-kit.ts'

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code'

async function startDevice(
  server: AuthorizationServer,
  clientId: string = FRAME_TV_CLIENT.clientId,
) {
  return (
    await postForm(
      server,
      { client_id: clientId, scope: 'photos.read' },
      { path: '/device_authorization' },
    )
  ).json()
}

const submitCode = (server: AuthorizationServer, userCode: string, cookie?: string) =>
  server.fetch(
    new Request(`${ISSUER}/device`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams({ user_code: userCode }),
    }),
  )

describe('the verification page /device (RFC 8628 §3.3)', () => {
  it('shows a form with a user_code field, prefilled and normalized from verification_uri_complete', async () => {
    const server = createTestServer()
    const response = await server.fetch(new Request(`${ISSUER}/device?user_code=wdjb%20mjht`))
    expect(response.status).toBe(200)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    const [form] = extractForms(await response.text())
    expect(form).toMatchObject({ method: 'POST', action: `${ISSUER}/device` })
    const named = form?.controls.filter((control) => control.name !== '')
    expect(
      named?.map(({ element, type, name, value }) => ({ element, type, name, value })),
    ).toEqual([{ element: 'input', type: 'text', name: 'user_code', value: 'WDJB-MJHT' }])
  })

  it('accepts the code in any case and without the dash, then asks the user to sign in', async () => {
    const server = createTestServer()
    const { user_code } = await startDevice(server)
    const response = await submitCode(server, user_code.replace('-', '').toLowerCase())
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(
      new RegExp(`^${ISSUER}/device/login\\?request_id=[A-Za-z0-9_-]{32}$`),
    )
  })

  it('via verification_uri_complete: shows the code to compare with the device, then connects it', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    const browser = createBrowserClient(
      (request) => server.fetch(request),
      (url) => url.origin === ISSUER,
    )
    let page = await browser.open(device.verification_uri_complete)
    page = await browser.submit(page)
    page = await browser.submit(page, { username: 'alice', password: 'wonderland' })
    expect(new URL(page.url).pathname).toBe('/device/consent')
    expect(page.body).toContain(
      `Check that your device shows the code <strong><code>${device.user_code}</code></strong>`,
    )
    expect(page.body).toContain('<code>photos.read</code>: See your photos')
    page = await browser.submit(page, {}, { name: 'decision', value: 'approve' })
    expect(page.body).toContain('<h1>Device connected</h1>')
    expect(
      (
        await postForm(server, {
          grant_type: GRANT,
          device_code: device.device_code,
          client_id: 'frame-tv',
        })
      ).status,
    ).toBe(200)
  })

  it('reuses the sign-in session of /authorize: no second login', async () => {
    const server = createTestServer()
    const { browser } = await obtainCode(server)
    const device = await startDevice(server)
    const run = await runDeviceVerification(server, device.user_code, { browser })
    expect(run.page.body).toContain('You may return to your device')
    expect(run.browser.history().some((entry) => entry.url.includes('/device/login'))).toBe(false)
  })

  it('says clearly when a code is malformed or unknown, and keeps the form', async () => {
    const server = createTestServer()
    const malformed = await submitCode(server, 'WDJB-MJH')
    expect(malformed.status).toBe(400)
    expect(await malformed.text()).toContain(
      'That is not a device code. Codes are 8 letters, like WDJB-MJHT',
    )
    const unknown = await submitCode(server, 'BBBB-BBBB')
    expect(unknown.status).toBe(400)
    const html = await unknown.text()
    expect(html).toContain('No device is waiting for the code BBBB-BBBB')
    expect(extractForms(html)[0]?.controls[0]).toMatchObject({
      name: 'user_code',
      value: 'BBBB-BBBB',
    })
  })

  it('limits guessing: after 5 wrong codes in a minute, 429 with Retry-After (RFC 8628 §5.1)', async () => {
    const server = createTestServer()
    const { user_code } = await startDevice(server)
    for (let i = 0; i < 5; i++) expect((await submitCode(server, 'BBBB-BBBB')).status).toBe(400)
    server.clock.advance(10)
    const blocked = await submitCode(server, user_code)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('50')
    expect(await blocked.text()).toContain('Too many wrong codes. Wait 50 seconds')
    server.clock.advance(50)
    expect((await submitCode(server, user_code)).status).toBe(303)
  })

  it('a code already used gets a page saying to start again on the device', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    await runDeviceVerification(server, device.user_code)
    const again = await submitCode(server, device.user_code)
    expect(again.status).toBe(400)
    const html = await again.text()
    expect(html).toContain(`The code ${device.user_code} has already been used.`)
    expect(html).toContain('Error code: <code>invalid_request</code>')
  })

  it('only the browser that signed in for the request may approve it', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    const first = await runDeviceVerification(server, device.user_code, {
      decision: 'approve',
      password: 'wrong',
    })
    expect(first.page.status).toBe(400)
    const requestId =
      new URL(first.page.url).searchParams.get('request_id') ??
      extractForms(first.page.body)[0]?.controls[0]?.value
    const stranger = await server.fetch(
      new Request(`${ISSUER}/device/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ request_id: requestId ?? '', decision: 'approve' }),
      }),
    )
    expect(stranger.status).toBe(303)
    expect(stranger.headers.get('location')).toBe(`${ISSUER}/device/login?request_id=${requestId}`)
    const pending = await postForm(server, {
      grant_type: GRANT,
      device_code: device.device_code,
      client_id: 'frame-tv',
    })
    expect((await pending.json()).error).toBe('authorization_pending')
  })

  it('a device code polled by another device client is invalid_grant', async () => {
    const clients = [
      ...DEMO_CLIENTS,
      { ...DEMO_CLIENTS.find((client) => client.clientId === 'frame-tv')!, clientId: 'kitchen-tv' },
    ]
    const server = createTestServer({ world: { clients, users: DEMO_USERS } })
    const { device_code } = await startDevice(server)
    const response = await postForm(server, {
      grant_type: GRANT,
      device_code,
      client_id: 'kitchen-tv',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'This device_code was issued to another client, not to kitchen-tv.',
    })
  })
})
