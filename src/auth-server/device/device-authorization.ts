import { formatUserCode, generateUserCode } from '../../protocol/user-code.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { checkRequestedScope } from '../grants/requested-scope.ts'
import { isFormEncoded, parameterProblem, readForm } from '../http/params.ts'
import { jsonResponse, NO_STORE, oauthErrorResponse } from '../http/responses.ts'
import { authenticateClient } from '../token/client-auth.ts'
import type { DeviceAuthorizationRecord } from './device-store.ts'

/** The grant_type a device polls with (RFC 8628 §3.4). */
export const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code'

/** Seconds a device waits between polls unless told to slow down (RFC 8628 §3.2, default 5). */
export const DEVICE_POLL_INTERVAL = 5

/** The device authorization response body (RFC 8628 §3.2). */
export interface DeviceAuthorizationResponseBody {
  device_code: string
  user_code: string
  verification_uri: string
  verification_uri_complete: string
  expires_in: number
  interval: number
}

/** A user code no live request uses (RFC 8628 §6.1: codes must be unique while valid). */
function uniqueUserCode(ctx: ServerContext): string {
  for (;;) {
    const display = generateUserCode(ctx.options.random)
    const existing = ctx.store.devices.byUserCode(display.replace('-', ''))
    if (!existing || existing.expiresAt <= ctx.clock.nowSeconds()) return display
  }
}

/**
 * The device authorization endpoint (RFC 8628 §3.1-3.2): POST, form-encoded, with client
 * authentication as at the token endpoint (a public client sends client_id). The client must be
 * registered for the device_code grant and ask for scopes it is registered for. Answers 200 JSON
 * with device_code, user_code (`WDJB-MJHT`), verification_uri (`{issuer}/device`),
 * verification_uri_complete, expires_in and interval, with Cache-Control: no-store; errors use
 * the token endpoint's format (RFC 6749 §5.2).
 */
export const deviceAuthorizationEndpoint: EndpointHandler = async (request, ctx) => {
  if (!isFormEncoded(request)) {
    return oauthErrorResponse(
      'invalid_request',
      'Send the device authorization request as a form: Content-Type application/x-www-form-urlencoded (RFC 8628 §3.1).',
    )
  }
  const params = await readForm(request)
  const problem = parameterProblem(params)
  if (problem) return oauthErrorResponse('invalid_request', problem)
  const auth = authenticateClient(ctx, request, params)
  if (!auth.ok) return auth.response
  const { client } = auth
  if (!client.grantTypes.includes(DEVICE_CODE_GRANT_TYPE)) {
    return oauthErrorResponse(
      'unauthorized_client',
      `Client ${client.clientId} is not registered for the device authorization grant (${DEVICE_CODE_GRANT_TYPE}). It may use: ${client.grantTypes.join(', ') || 'nothing'}.`,
    )
  }
  const scope = checkRequestedScope(client, params.get('scope'), { defaultToRegistered: false })
  if (!scope.ok) return oauthErrorResponse('invalid_scope', scope.description)

  const now = ctx.clock.nowSeconds()
  const userCode = uniqueUserCode(ctx)
  const record: DeviceAuthorizationRecord = {
    deviceCode: ctx.store.newId(32),
    userCode: userCode.replace('-', ''),
    verificationId: ctx.store.newId(24),
    clientId: client.clientId,
    scope: scope.scope,
    issuedAt: now,
    expiresAt: now + ctx.options.lifetimes.deviceCode,
    interval: DEVICE_POLL_INTERVAL,
    status: 'pending',
  }
  ctx.store.devices.add(record)
  const verificationUri = ctx.endpointUrl('/device')
  const body: DeviceAuthorizationResponseBody = {
    device_code: record.deviceCode,
    user_code: formatUserCode(record.userCode),
    verification_uri: verificationUri,
    verification_uri_complete: `${verificationUri}?user_code=${encodeURIComponent(formatUserCode(record.userCode))}`,
    expires_in: ctx.options.lifetimes.deviceCode,
    interval: record.interval,
  }
  return jsonResponse(body, 200, NO_STORE)
}
