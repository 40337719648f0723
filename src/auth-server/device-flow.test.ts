import { SWEEP_INTERVAL } from './store/server-store.ts'
import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { FRAME_TV_CLIENT, ISSUER, SECOND_USER } from '../protocol/demo-world.ts'
import { isValidErrorText } from '../protocol/oauth-error.ts'
import type { AuthorizationServer } from './index.ts'
import { createTestServer, FIXED_NOW, postForm } from './testing/test-kit.ts'
import { runDeviceVerification } from './testing/run-device-verification.ts'

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code'
const frameTv = { client_id: FRAME_TV_CLIENT.clientId }

async function startDevice(server: AuthorizationServer, scope = 'openid profile photos.read') {
  const response = await postForm(server, { ...frameTv, scope }, { path: '/device_authorization' })
  expect(response.status).toBe(200)
  return response.json()
}

const poll = (
  server: AuthorizationServer,
  deviceCode: string,
  extra: Record<string, string> = {},
) => postForm(server, { grant_type: GRANT, device_code: deviceCode, ...frameTv, ...extra })

async function expectError(
  response: Response,
  status: number,
  error: string,
  description?: RegExp,
) {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = await response.json()
  expect(body.error).toBe(error)
  expect(isValidErrorText(body.error_description)).toBe(true)
  if (description) expect(body.error_description).toMatch(description)
}

describe('/device_authorization (RFC 8628 §3.1-3.2)', () => {
  it('answers with a device code, a user code like WDJB-MJHT, the verification URIs, expires_in and interval', async () => {
    const server = createTestServer()
    const response = await postForm(
      server,
      { ...frameTv, scope: 'photos.read' },
      { path: '/device_authorization' },
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.json()
    expect(Object.keys(body).sort()).toEqual([
      'device_code',
      'expires_in',
      'interval',
      'user_code',
      'verification_uri',
      'verification_uri_complete',
    ])
    expect(body.device_code).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(body.user_code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/)
    expect(body).toMatchObject({
      verification_uri: `${ISSUER}/device`,
      verification_uri_complete: `${ISSUER}/device?user_code=${body.user_code}`,
      expires_in: 600,
      interval: 5,
    })
  })

  it('is listed in the metadata as device_authorization_endpoint, with the grant type', () => {
    const metadata = createTestServer().metadata()
    expect(metadata.device_authorization_endpoint).toBe(`${ISSUER}/device_authorization`)
    expect(metadata.grant_types_supported).toContain(GRANT)
  })

  it('refuses unknown clients, clients without the grant, and scopes beyond the registration', async () => {
    const server = createTestServer()
    const path = { path: '/device_authorization' }
    await expectError(
      await postForm(server, { client_id: 'nobody', scope: 'photos.read' }, path),
      401,
      'invalid_client',
      /No client is registered with client_id nobody/,
    )
    await expectError(
      await postForm(server, { client_id: 'photo-spa', scope: 'photos.read' }, path),
      400,
      'unauthorized_client',
      /photo-spa is not registered for the device authorization grant/,
    )
    await expectError(
      await postForm(server, { ...frameTv, scope: 'photos.write' }, path),
      400,
      'invalid_scope',
      /frame-tv may not ask for photos\.write/,
    )
    await expectError(
      await postForm(server, { ...frameTv }, path),
      400,
      'invalid_scope',
      /No scope was requested/,
    )
    const notForm = await server.fetch(
      new Request(`${ISSUER}/device_authorization`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
    )
    await expectError(notForm, 400, 'invalid_request', /application\/x-www-form-urlencoded/)
  })
})

describe('polling the token endpoint (RFC 8628 §3.4-3.5)', () => {
  it('is pending until the user approves, then gives tokens once (ID token for openid, no refresh token)', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    await expectError(
      await poll(server, device.device_code),
      400,
      'authorization_pending',
      /Poll again in 5 seconds/,
    )
    server.clock.advance(5)
    const run = await runDeviceVerification(server, device.user_code, {
      username: SECOND_USER.username,
      password: SECOND_USER.password,
    })
    expect(run.page.status).toBe(200)
    expect(run.page.body).toContain('You may return to your device')
    server.clock.advance(5)
    const response = await poll(server, device.device_code)
    expect(response.status).toBe(200)
    const tokens = await response.json()
    expect(tokens.refresh_token).toBeUndefined()
    expect(tokens.scope).toBe('openid profile photos.read')
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      sub: 'bob',
      client_id: 'frame-tv',
      scope: 'openid profile photos.read',
    })
    expect(decodeJwt(tokens.id_token)).toMatchObject({
      iss: ISSUER,
      sub: 'bob',
      aud: 'frame-tv',
      auth_time: FIXED_NOW / 1000 + 5,
    })
    server.clock.advance(5)
    await expectError(
      await poll(server, device.device_code),
      400,
      'invalid_grant',
      /already exchanged/,
    )
  })

  it('slow_down adds 5 seconds to the interval for this and every later poll', async () => {
    const server = createTestServer()
    const { device_code } = await startDevice(server)
    await expectError(await poll(server, device_code), 400, 'authorization_pending')
    server.clock.advance(2)
    await expectError(
      await poll(server, device_code),
      400,
      'slow_down',
      /Polled after 2 seconds.*interval is now 10 seconds/,
    )
    server.clock.advance(6)
    await expectError(
      await poll(server, device_code),
      400,
      'slow_down',
      /interval is now 15 seconds/,
    )
    server.clock.advance(15)
    await expectError(
      await poll(server, device_code),
      400,
      'authorization_pending',
      /Poll again in 15 seconds/,
    )
    server.clock.advance(14.5)
    await expectError(
      await poll(server, device_code),
      400,
      'slow_down',
      /Polled after 14.5 seconds.*now 20 seconds/,
    )
  })

  it('answers access_denied once the user denies', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    const run = await runDeviceVerification(server, device.user_code, { decision: 'deny' })
    expect(run.page.body).toContain('You denied access to <strong>Photo frame TV</strong>')
    await expectError(await poll(server, device.device_code), 400, 'access_denied', /denied/)
  })

  it('answers expired_token once the code has expired, even if the user approved too late', async () => {
    const server = createTestServer()
    const device = await startDevice(server)
    server.clock.advance(599)
    await expectError(await poll(server, device.device_code), 400, 'authorization_pending')
    server.clock.advance(1)
    await expectError(
      await poll(server, device.device_code),
      400,
      'expired_token',
      /expired \(it lived 600 seconds\)/,
    )
    const run = await runDeviceVerification(server, device.user_code)
    expect(run.page.status).toBe(400)
    expect(run.page.body).toContain('has expired: codes are valid for 600 seconds')
    expect(run.page.body).toContain('Start again on your device')
  })

  it('forgets a request an hour after it expired, at the next sweep: a late poll then finds it unknown', async () => {
    const server = createTestServer()
    const old = await startDevice(server)
    server.clock.advance(600 + 3599)
    await startDevice(server)
    await expectError(await poll(server, old.device_code), 400, 'expired_token')
    server.clock.advance(SWEEP_INTERVAL)
    await startDevice(server)
    await expectError(
      await poll(server, old.device_code),
      400,
      'invalid_grant',
      /device_code is unknown/,
    )
  })

  it('refuses a device code of another client, an unknown one, and a missing one', async () => {
    const server = createTestServer()
    const { device_code } = await startDevice(server)
    const other = await postForm(
      server,
      { grant_type: GRANT, device_code },
      { basic: ['backup-job', 'backup-job-secret'] },
    )
    await expectError(other, 400, 'unauthorized_client', /backup-job is not registered/)
    await expectError(await poll(server, 'made-up'), 400, 'invalid_grant', /device_code is unknown/)
    await expectError(
      await postForm(server, { grant_type: GRANT, ...frameTv }),
      400,
      'invalid_request',
      /device_code is missing/,
    )
  })
})
