import { verifyCodeVerifier, isValidCodeVerifier } from '../../protocol/pkce.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import { createTokenFamily } from '../tokens/refresh-token.ts'
import { tokenResponse } from '../tokens/token-response.ts'
import type { GrantDefinition, GrantInput } from './grant-definition.ts'

/**
 * grant_type=authorization_code (RFC 6749 §4.1.3, RFC 7636 §4.5-4.6). The code must exist, belong
 * to this client, match the redirect URI, pass PKCE, be unused and unexpired. A replayed code is
 * refused and every token issued from it revoked (RFC 6749 §4.1.2, §10.5); it counts as a replay
 * only when the request is otherwise valid (OAuth 2.1 §7.5.2). Issues an access token, a refresh
 * token (to public and confidential clients registered for refresh_token) and, with scope openid,
 * an ID token.
 */
async function handle({ ctx, params, client }: GrantInput): Promise<Response> {
  const { defences, profile } = ctx.options
  const code = params.get('code')
  if (code === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'code is missing: send the authorization code the client received at its redirect URI.',
    )
  const record = ctx.store.codes.get(code)
  if (!record)
    return oauthErrorResponse(
      'invalid_grant',
      'This authorization code is unknown. Codes come from the redirect after the user approves.',
    )
  if (record.clientId !== client.clientId)
    return oauthErrorResponse(
      'invalid_grant',
      `This code was issued to another client, not to ${client.clientId} (RFC 6749 §4.1.3).`,
    )

  const redirectUri = params.get('redirect_uri')
  if (redirectUri === undefined && record.redirectUriSent && profile === 'rfc6749') {
    return oauthErrorResponse(
      'invalid_request',
      'redirect_uri is required because the authorization request included it (RFC 6749 §4.1.3).',
    )
  }
  if (redirectUri !== undefined && redirectUri !== record.redirectUri) {
    return oauthErrorResponse(
      'invalid_grant',
      `redirect_uri ${redirectUri} differs from the one the code was issued for (${record.redirectUri}).`,
    )
  }

  const verifier = params.get('code_verifier')
  if (record.codeChallenge !== undefined && record.codeChallengeMethod !== undefined) {
    if (verifier === undefined)
      return oauthErrorResponse(
        'invalid_request',
        'code_verifier is missing: the authorization request sent a code_challenge, so send the matching code_verifier (RFC 7636 §4.5).',
      )
    if (!isValidCodeVerifier(verifier))
      return oauthErrorResponse(
        'invalid_request',
        'code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).',
      )
    if (!(await verifyCodeVerifier(verifier, record.codeChallenge, record.codeChallengeMethod))) {
      return oauthErrorResponse(
        'invalid_grant',
        `code_verifier does not match the code_challenge (${record.codeChallengeMethod}) sent in the authorization request (RFC 7636 §4.6).`,
      )
    }
  } else if (verifier !== undefined && defences.requirePkce) {
    return oauthErrorResponse(
      'invalid_request',
      'code_verifier was sent, but the authorization request had no code_challenge. Refused as a possible PKCE downgrade (RFC 9700 §4.8).',
    )
  }

  if (record.used && defences.singleUseCodes) {
    if (record.familyId !== undefined)
      ctx.store.revokeFamily(record.familyId, 'authorization code replayed')
    return oauthErrorResponse(
      'invalid_grant',
      'This authorization code was already used. Codes are single-use, so the server has revoked the grant issued from it (RFC 6749 §4.1.2): its refresh token no longer works and introspection reports its access token inactive, though an API that checks the JWT itself accepts it until it expires.',
    )
  }
  if (record.expiresAt <= ctx.clock.nowSeconds()) {
    return oauthErrorResponse(
      'invalid_grant',
      `This authorization code expired: codes live ${ctx.options.lifetimes.authorizationCode} seconds. Start the authorization again.`,
    )
  }

  record.used = true
  const family =
    (record.familyId !== undefined ? ctx.store.families.get(record.familyId) : undefined) ??
    createTokenFamily(ctx, {
      clientId: client.clientId,
      sub: record.sub,
      scope: record.scope,
      authTime: record.authTime,
    })
  record.familyId = family.id
  const openid = record.scope.includes('openid')
  return tokenResponse(ctx, {
    client,
    family,
    scope: record.scope,
    refreshToken: client.grantTypes.includes('refresh_token'),
    idToken: openid ? { nonce: record.nonce, authTime: record.authTime } : undefined,
  })
}

export const authorizationCodeGrant: GrantDefinition = {
  grantType: 'authorization_code',
  profiles: ['oauth2.1', 'rfc6749'],
  handle,
}
