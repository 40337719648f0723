import { FRAME_TV_CLIENT } from '../../../protocol/demo-world.ts'
import type { AuthorizationServer } from '../../index.ts'
import { runDeviceVerification } from '../run-device-verification.ts'
import { postForm } from '../test-kit.ts'
import { basicChallenge, json, token } from './back-channel/shared.ts'
import type { BadRequest, Destination, RequestSpec, SetupValues } from './table.ts'

/** Rows for the device authorization grant (RFC 8628): its endpoint, verification pages, polling. */

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code'
const page: Destination = { kind: 'page' }
const tv = { client_id: FRAME_TV_CLIENT.clientId }

const deviceAuthorization = (form: Record<string, string> | string): RequestSpec => ({
  method: 'POST',
  path: '/device_authorization',
  form,
})
const pollFrameTv = (v: SetupValues) =>
  token({ grant_type: GRANT, device_code: v.device_code!, ...tv })

/** A fresh device request for frame-tv: its device_code, user_code and the verification request_id. */
async function deviceStarted(server: AuthorizationServer): Promise<SetupValues> {
  const response = await postForm(
    server,
    { ...tv, scope: 'photos.read' },
    { path: '/device_authorization' },
  )
  if (response.status !== 200)
    throw new Error(`setup: device authorization failed with ${response.status}`)
  const body = (await response.json()) as { device_code: string; user_code: string }
  const entry = await server.fetch(
    new Request(`${server.issuer}/device`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user_code: body.user_code }),
    }),
  )
  const requestId =
    new URL(entry.headers.get('location') ?? `${server.issuer}/`).searchParams.get('request_id') ??
    ''
  return { device_code: body.device_code, user_code: body.user_code, requestId }
}

async function deviceExpired(server: AuthorizationServer): Promise<SetupValues> {
  const values = await deviceStarted(server)
  server.clock.advance(600)
  return values
}

async function devicePolledOnce(server: AuthorizationServer): Promise<SetupValues> {
  const values = await deviceStarted(server)
  await postForm(server, { grant_type: GRANT, device_code: values.device_code!, ...tv })
  server.clock.advance(1)
  return values
}

async function deviceDenied(server: AuthorizationServer): Promise<SetupValues> {
  const values = await deviceStarted(server)
  await runDeviceVerification(server, values.user_code!, { decision: 'deny' })
  return values
}

export const DEVICE_ROWS: readonly BadRequest[] = [
  // /device_authorization (RFC 8628 §3.1-3.2; errors as RFC 6749 §5.2).
  {
    name: 'device_authorization: GET',
    spec: 'RFC 8628 §3.1 (POST)',
    request: { path: '/device_authorization', query: tv },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'POST' },
  },
  {
    name: 'device_authorization: JSON body',
    spec: 'RFC 8628 §3.1',
    request: {
      method: 'POST',
      path: '/device_authorization',
      body: { contentType: 'application/json', text: '{"client_id":"frame-tv"}' },
    },
    status: 400,
    error: 'invalid_request',
    description: /x-www-form-urlencoded/,
    destination: json,
  },
  {
    name: 'device_authorization: unknown client',
    spec: 'RFC 8628 §3.2, RFC 6749 §5.2',
    request: deviceAuthorization({ client_id: 'nobody', scope: 'photos.read' }),
    status: 401,
    error: 'invalid_client',
    description: /client_id nobody/,
    destination: basicChallenge,
  },
  {
    name: 'device_authorization: client without the device grant',
    spec: 'RFC 6749 §5.2',
    request: deviceAuthorization({ client_id: 'photo-spa', scope: 'photos.read' }),
    status: 400,
    error: 'unauthorized_client',
    description: /not registered for the device authorization grant/,
    destination: json,
  },
  {
    name: 'device_authorization: scope outside the registration',
    spec: 'RFC 6749 §3.3',
    request: deviceAuthorization({ ...tv, scope: 'photos.write' }),
    status: 400,
    error: 'invalid_scope',
    description: /may not ask for photos\.write/,
    destination: json,
  },
  {
    name: 'device_authorization: repeated client_id',
    spec: 'RFC 6749 §3.2',
    request: deviceAuthorization('client_id=frame-tv&client_id=frame-tv&scope=photos.read'),
    status: 400,
    error: 'invalid_request',
    description: /client_id was sent more than once/,
    destination: json,
  },

  // The verification pages (RFC 8628 §3.3, §5.1, §6.1).
  {
    name: 'device: malformed user code',
    spec: 'RFC 8628 §6.1',
    request: { method: 'POST', path: '/device', form: { user_code: 'WDJB-MJ' } },
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'That is not a device code' },
  },
  {
    name: 'device: unknown user code',
    spec: 'RFC 8628 §3.3',
    request: { method: 'POST', path: '/device', form: { user_code: 'BBBB-BBBB' } },
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'No device is waiting for the code BBBB-BBBB' },
  },
  {
    name: 'device: expired user code',
    spec: 'RFC 8628 §3.2 (expires_in)',
    setup: deviceExpired,
    request: (v) => ({ method: 'POST', path: '/device', form: { user_code: v.user_code! } }),
    status: 400,
    error: 'expired_token',
    description: /has expired/,
    destination: page,
  },
  {
    name: 'device: DELETE',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'DELETE', path: '/device' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD, POST' },
  },
  {
    name: 'device/login: unknown request_id',
    spec: 'RFC 8628 §3.3',
    request: { path: '/device/login', query: { request_id: 'forged' } },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'device/login: wrong password',
    spec: 'RFC 6749 §10.10',
    setup: deviceStarted,
    request: (v) => ({
      method: 'POST',
      path: '/device/login',
      form: { request_id: v.requestId!, username: 'alice', password: 'looking-glass' },
    }),
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'That username and password do not match' },
  },
  {
    name: 'device/consent: unknown request_id',
    spec: 'RFC 8628 §3.3',
    request: {
      method: 'POST',
      path: '/device/consent',
      form: { request_id: 'forged', decision: 'approve' },
    },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },

  // Polling (RFC 8628 §3.4-3.5).
  {
    name: 'device grant: authorization_pending',
    spec: 'RFC 8628 §3.5',
    setup: deviceStarted,
    request: pollFrameTv,
    status: 400,
    error: 'authorization_pending',
    destination: json,
  },
  {
    name: 'device grant: slow_down',
    spec: 'RFC 8628 §3.5 (+5 seconds)',
    setup: devicePolledOnce,
    request: pollFrameTv,
    status: 400,
    error: 'slow_down',
    description: /interval is now 10 seconds/,
    destination: json,
  },
  {
    name: 'device grant: expired_token',
    spec: 'RFC 8628 §3.5',
    setup: deviceExpired,
    request: pollFrameTv,
    status: 400,
    error: 'expired_token',
    destination: json,
  },
  {
    name: 'device grant: access_denied',
    spec: 'RFC 8628 §3.5',
    setup: deviceDenied,
    request: pollFrameTv,
    status: 400,
    error: 'access_denied',
    destination: json,
  },
  {
    name: 'device grant: unknown device_code',
    spec: 'RFC 6749 §5.2',
    request: token({ grant_type: GRANT, device_code: 'forged', ...tv }),
    status: 400,
    error: 'invalid_grant',
    description: /unknown/,
    destination: json,
  },
  {
    name: 'device grant: missing device_code',
    spec: 'RFC 8628 §3.4',
    request: token({ grant_type: GRANT, ...tv }),
    status: 400,
    error: 'invalid_request',
    description: /device_code is missing/,
    destination: json,
  },
]
