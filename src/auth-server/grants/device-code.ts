import { DEVICE_CODE_GRANT_TYPE } from '../device/device-authorization.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import { createTokenFamily } from '../tokens/refresh-token.ts'
import { tokenResponse } from '../tokens/token-response.ts'
import type { GrantDefinition, GrantInput } from './grant-definition.ts'

/** What slow_down adds to the interval, for this and every later poll (RFC 8628 §3.5). */
export const SLOW_DOWN_INCREMENT = 5

/**
 * grant_type=urn:ietf:params:oauth:grant-type:device_code (RFC 8628 §3.4-3.5): the device polls
 * with its device_code until the user has decided. Answers, in this order: invalid_grant for an
 * unknown code or one issued to another client; expired_token once it has expired; invalid_grant
 * once it has been redeemed; access_denied when the user said no; while still pending,
 * slow_down when the device polled sooner than `interval` seconds after its previous poll (and
 * the interval grows by 5 seconds for good), otherwise authorization_pending. Once approved,
 * one token response: an access token, an ID token with scope openid, a refresh token only for
 * clients registered for refresh_token.
 */
async function handle({ ctx, params, client }: GrantInput): Promise<Response> {
  const deviceCode = params.get('device_code')
  if (deviceCode === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'device_code is missing: send the device_code from the device authorization response (RFC 8628 §3.4).',
    )
  const record = ctx.store.devices.records.get(deviceCode)
  if (!record)
    return oauthErrorResponse(
      'invalid_grant',
      'This device_code is unknown. Start again at the device authorization endpoint.',
    )
  if (record.clientId !== client.clientId)
    return oauthErrorResponse(
      'invalid_grant',
      `This device_code was issued to another client, not to ${client.clientId}.`,
    )
  const nowMs = ctx.clock.now()
  if (record.expiresAt <= ctx.clock.nowSeconds()) {
    return oauthErrorResponse(
      'expired_token',
      `The device_code expired (it lived ${record.expiresAt - record.issuedAt} seconds) before the user approved it. Stop polling and start a new device authorization request (RFC 8628 §3.5).`,
    )
  }
  if (record.status === 'redeemed')
    return oauthErrorResponse(
      'invalid_grant',
      'This device_code was already exchanged for tokens; a device_code is used once.',
    )
  if (record.status === 'denied')
    return oauthErrorResponse(
      'access_denied',
      'The user denied the request. Stop polling (RFC 8628 §3.5).',
    )
  if (record.status === 'pending') {
    const previous = record.lastPollAtMs
    record.lastPollAtMs = nowMs
    if (previous !== undefined && nowMs - previous < record.interval * 1000) {
      const waited = (nowMs - previous) / 1000
      record.interval += SLOW_DOWN_INCREMENT
      return oauthErrorResponse(
        'slow_down',
        `Polled after ${waited} seconds, sooner than the interval. The interval is now ${record.interval} seconds for this and every later poll (RFC 8628 §3.5).`,
      )
    }
    return oauthErrorResponse(
      'authorization_pending',
      `The user has not finished yet at the verification page. Poll again in ${record.interval} seconds (RFC 8628 §3.5).`,
    )
  }

  record.status = 'redeemed'
  const sub = record.sub
  if (sub === undefined) throw new Error('an approved device authorization has no user')
  const family = createTokenFamily(ctx, {
    clientId: client.clientId,
    sub,
    scope: record.scope,
    authTime: record.authTime,
  })
  return tokenResponse(ctx, {
    client,
    family,
    scope: record.scope,
    refreshToken: client.grantTypes.includes('refresh_token'),
    idToken: record.scope.includes('openid') ? { authTime: record.authTime } : undefined,
  })
}

export const deviceCodeGrant: GrantDefinition = {
  grantType: DEVICE_CODE_GRANT_TYPE,
  profiles: ['oauth2.1', 'rfc6749'],
  handle,
}
