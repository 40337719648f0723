import { formatScope } from '../../protocol/scope.ts'
import type { ServerContext } from '../context.ts'
import { jsonResponse, NO_STORE } from '../http/responses.ts'
import type { ClientRegistration } from '../registry/types.ts'
import type { TokenFamily } from '../store/records.ts'
import { issueAccessToken } from './access-token.ts'
import { issueIdToken } from './id-token.ts'
import { issueRefreshToken } from './refresh-token.ts'

export interface TokenResponseInput {
  client: ClientRegistration
  family: TokenFamily
  scope: readonly string[]
  /** Issue a refresh token too (the client is registered for refresh_token). */
  refreshToken: boolean
  /** Issue an ID token (scope has openid), with these extra claims. */
  idToken?: { nonce?: string; authTime?: number }
}

/** The JSON body of a successful token response (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
export interface TokenResponseBody {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
  scope: string
  refresh_token?: string
  id_token?: string
}

/**
 * Issues the tokens of one grant and answers 200 with `Cache-Control: no-store` and
 * `Pragma: no-cache` (RFC 6749 §5.1). `scope` is always included, even when unchanged.
 */
export async function tokenResponse(
  ctx: ServerContext,
  input: TokenResponseInput,
): Promise<Response> {
  const access = await issueAccessToken(ctx, input.family, input.scope)
  const body: TokenResponseBody = {
    access_token: access.token,
    token_type: 'Bearer',
    expires_in: access.record.expiresAt - access.record.issuedAt,
    scope: formatScope(input.scope),
  }
  if (input.refreshToken)
    body.refresh_token = issueRefreshToken(ctx, input.family, input.family.scope).token
  if (input.idToken) {
    body.id_token = await issueIdToken(ctx, {
      client: input.client,
      sub: input.family.sub,
      ...input.idToken,
      accessToken: access.token,
    })
  }
  return jsonResponse(body, 200, NO_STORE)
}
