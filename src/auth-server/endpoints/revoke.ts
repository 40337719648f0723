import type { EndpointHandler } from '../context.ts'
import { isFormEncoded, parameterProblem, readForm } from '../http/params.ts'
import { NO_STORE, oauthErrorResponse } from '../http/responses.ts'
import { authenticateClient } from '../token/client-auth.ts'
import { lookupToken } from '../tokens/token-lookup.ts'

/**
 * Token revocation (RFC 7009): POST `token` and an optional `token_type_hint`, with the client
 * authentication of the token endpoint. Revoking a refresh token ends its whole grant, access
 * tokens included (§2.1); revoking an access token ends that token. The answer is 200 even for an
 * unknown token (§2.2). `token_type_hint` only orders the search: an unknown hint, or one that
 * names the wrong type, is ignored and every token type is searched (§2.1, "MUST extend its
 * search"). unsupported_token_type (§2.2.1) never arises: this server revokes every token type it
 * issues. Revoked records are marked at once (/introspect and /userinfo refuse them); a JWT access
 * token still passes an API that checks it locally until its `exp` (RFC 9068 §4).
 */
export const revokeEndpoint: EndpointHandler = async (request, ctx) => {
  if (!isFormEncoded(request))
    return oauthErrorResponse(
      'invalid_request',
      'Send the revocation request as a form: Content-Type application/x-www-form-urlencoded (RFC 7009 §2.1).',
    )
  const params = await readForm(request)
  const problem = parameterProblem(params)
  if (problem) return oauthErrorResponse('invalid_request', problem)
  const auth = authenticateClient(ctx, request, params)
  if (!auth.ok) return auth.response
  const token = params.get('token')
  if (token === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'token is missing: send the token to revoke in the token parameter (RFC 7009 §2.1).',
    )
  const found = await lookupToken(ctx, token, params.get('token_type_hint'))
  if (found) {
    if (found.record.clientId !== auth.client.clientId) {
      return oauthErrorResponse(
        'invalid_grant',
        `This token was issued to another client; ${auth.client.clientId} may revoke only its own tokens (RFC 7009 §2.1).`,
      )
    }
    if (found.type === 'refresh_token')
      ctx.store.revokeFamily(found.record.familyId, 'refresh token revoked by the client')
    else found.record.revoked = true
  }
  return new Response(null, { status: 200, headers: NO_STORE })
}
