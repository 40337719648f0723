import { formatScope, isScopeSubset, parseScope } from '../../protocol/scope.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import { tokenResponse } from '../tokens/token-response.ts'
import type { GrantDefinition, GrantInput } from './grant-definition.ts'

/**
 * grant_type=refresh_token (RFC 6749 §6). With the refreshTokenRotation defence, each use returns
 * a new refresh token and retires the old one; presenting a retired one again means it leaked, so
 * the whole family (every access and refresh token of the grant) is revoked (RFC 9700 §4.14.2).
 * `scope` may narrow the original grant, never widen it. With scope openid a fresh ID token (no
 * nonce, OIDC Core §12.2) comes too.
 */
async function handle({ ctx, params, client }: GrantInput): Promise<Response> {
  const { defences } = ctx.options
  const token = params.get('refresh_token')
  if (token === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'refresh_token is missing: send the refresh token from the last token response.',
    )
  const record = ctx.store.refreshTokens.get(token)
  if (!record) return oauthErrorResponse('invalid_grant', 'This refresh token is unknown.')
  if (record.clientId !== client.clientId)
    return oauthErrorResponse(
      'invalid_grant',
      `This refresh token was issued to another client, not to ${client.clientId}.`,
    )
  const family = ctx.store.families.get(record.familyId)
  if (!family || family.revoked || record.revoked) {
    const why = family?.revokedReason ? ` (${family.revokedReason})` : ''
    return oauthErrorResponse(
      'invalid_grant',
      `This refresh token has been revoked${why}. Sign the user in again.`,
    )
  }
  if (record.used) {
    ctx.store.revokeFamily(family.id, 'a rotated refresh token was presented again')
    return oauthErrorResponse(
      'invalid_grant',
      'This refresh token was already used. Reuse of a rotated refresh token signals theft, so the server has revoked this grant (RFC 9700 §4.14.2): no refresh token of it works any more and introspection reports its access tokens inactive, though an API that checks JWTs itself accepts them until they expire.',
    )
  }
  if (record.expiresAt <= ctx.clock.nowSeconds())
    return oauthErrorResponse(
      'invalid_grant',
      'This refresh token has expired. Sign the user in again.',
    )

  const requested = parseScope(params.get('scope'))
  if (requested === undefined)
    return oauthErrorResponse('invalid_scope', 'scope has characters RFC 6749 §3.3 does not allow.')
  if (!isScopeSubset(requested, record.scope)) {
    const extra = requested.filter((scope) => !record.scope.includes(scope))
    return oauthErrorResponse(
      'invalid_scope',
      `A refresh can only keep or narrow the scope. ${formatScope(extra)} was not in the original grant (${formatScope(record.scope)}), RFC 6749 §6.`,
    )
  }
  const scope = requested.length > 0 ? requested : record.scope
  if (defences.refreshTokenRotation) record.used = true
  return tokenResponse(ctx, {
    client,
    family,
    scope,
    refreshToken: defences.refreshTokenRotation,
    idToken: scope.includes('openid') ? { authTime: family.authTime } : undefined,
  })
}

export const refreshTokenGrant: GrantDefinition = {
  grantType: 'refresh_token',
  profiles: ['oauth2.1', 'rfc6749'],
  handle,
}
