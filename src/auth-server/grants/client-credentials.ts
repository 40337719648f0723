import { oauthErrorResponse } from '../http/responses.ts'
import { createTokenFamily } from '../tokens/refresh-token.ts'
import { tokenResponse } from '../tokens/token-response.ts'
import type { GrantDefinition, GrantInput } from './grant-definition.ts'
import { checkRequestedScope } from './requested-scope.ts'

/**
 * grant_type=client_credentials (RFC 6749 §4.4): a confidential client asks for a token for
 * itself, with no user involved. The token's `sub` is the client id (RFC 9068 §2.2); `scope`
 * must be within the client's registration, and defaults to all of it when absent (§3.3). No
 * refresh token (§4.4.3: the client can simply ask again) and no ID token (there is no user).
 */
async function handle({ ctx, params, client }: GrantInput): Promise<Response> {
  const checked = checkRequestedScope(client, params.get('scope'), { defaultToRegistered: true })
  if (!checked.ok) return oauthErrorResponse('invalid_scope', checked.description)
  const family = createTokenFamily(ctx, {
    clientId: client.clientId,
    sub: client.clientId,
    scope: checked.scope,
  })
  return tokenResponse(ctx, { client, family, scope: checked.scope, refreshToken: false })
}

export const clientCredentialsGrant: GrantDefinition = {
  grantType: 'client_credentials',
  profiles: ['oauth2.1', 'rfc6749'],
  confidentialOnly: true,
  handle,
}
