import { formatScope } from '../../protocol/scope.ts'
import type { ServerContext } from '../context.ts'
import type { PendingAuthorization, SessionRecord } from '../store/records.ts'
import { issueAccessToken } from '../tokens/access-token.ts'
import { createTokenFamily } from '../tokens/refresh-token.ts'
import type { ResponseTypeDefinition } from './response-type-definition.ts'

/**
 * response_type=token, the implicit grant (RFC 6749 §4.2.2), in the rfc6749 profile only: the
 * access token itself comes back in the redirect URI's fragment with token_type, expires_in and
 * scope (state and iss are added by the caller), and never a refresh token. The token passes
 * through the browser, its history and any script on the page, which is why RFC 9700 §2.1.2 says
 * SHOULD NOT and OAuth 2.1 §10 removes it.
 */
export const implicitResponseType: ResponseTypeDefinition = {
  responseType: 'token',
  mode: 'fragment',
  profiles: ['rfc6749'],
  async respond(ctx: ServerContext, request: PendingAuthorization, session: SessionRecord) {
    const family = createTokenFamily(ctx, {
      clientId: request.clientId,
      sub: session.sub,
      scope: request.scope,
      authTime: session.authTime,
    })
    const { token, record } = await issueAccessToken(ctx, family, request.scope)
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: String(record.expiresAt - record.issuedAt),
      scope: formatScope(request.scope),
    }
  },
}
