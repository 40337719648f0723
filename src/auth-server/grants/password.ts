import { checkPassword } from '../authorize/check-password.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import { createTokenFamily } from '../tokens/refresh-token.ts'
import { tokenResponse } from '../tokens/token-response.ts'
import type { GrantDefinition, GrantInput } from './grant-definition.ts'
import { checkRequestedScope } from './requested-scope.ts'

/**
 * grant_type=password (RFC 6749 §4.3), in the rfc6749 profile only: the client collects the
 * user's username and password itself and sends them here. That hands the user's password to
 * the client, which is why RFC 9700 §2.4 says MUST NOT and OAuth 2.1 removes it. Wrong
 * credentials are invalid_grant (§5.2); after 5 failures for a username within a minute, further
 * tries are refused for a while (§4.3.2: brute-force protection is a MUST). `scope` defaults to
 * the client's registered scopes. A refresh token only for clients registered for refresh_token.
 */
async function handle({ ctx, params, client }: GrantInput): Promise<Response> {
  const username = params.get('username')
  const password = params.get('password')
  if (username === undefined || password === undefined) {
    return oauthErrorResponse(
      'invalid_request',
      'The password grant needs both username and password (RFC 6749 §4.3.2).',
    )
  }
  const check = checkPassword(ctx, username, password)
  if (!check.ok && check.reason === 'blocked') {
    return oauthErrorResponse(
      'invalid_grant',
      `Too many wrong passwords for ${username}. Try again in ${check.retryAfterSeconds} seconds (brute-force protection, RFC 6749 §4.3.2).`,
    )
  }
  if (!check.ok)
    return oauthErrorResponse(
      'invalid_grant',
      'The username or password is wrong (RFC 6749 §4.3.2).',
    )
  const { user } = check
  const now = ctx.clock.nowSeconds()
  const checked = checkRequestedScope(client, params.get('scope'), { defaultToRegistered: true })
  if (!checked.ok) return oauthErrorResponse('invalid_scope', checked.description)
  const family = createTokenFamily(ctx, {
    clientId: client.clientId,
    sub: user.sub,
    scope: checked.scope,
    authTime: now,
  })
  return tokenResponse(ctx, {
    client,
    family,
    scope: checked.scope,
    refreshToken: client.grantTypes.includes('refresh_token'),
  })
}

export const passwordGrant: GrantDefinition = {
  grantType: 'password',
  profiles: ['rfc6749'],
  unavailableReason:
    "The password grant gives the user's password to the client; RFC 9700 §2.4 says it MUST NOT be used and OAuth 2.1 §10 removes it. Use the authorization code grant with PKCE.",
  handle,
}
