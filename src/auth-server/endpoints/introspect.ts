import { formatScope } from '../../protocol/scope.ts'
import type { EndpointHandler } from '../context.ts'
import { isFormEncoded, parameterProblem, readForm } from '../http/params.ts'
import { jsonResponse, NO_STORE, oauthErrorResponse } from '../http/responses.ts'
import { authenticateClient, invalidClient } from '../token/client-auth.ts'
import { lookupToken } from '../tokens/token-lookup.ts'

/**
 * Token introspection (RFC 7662): POST `token` (and an optional `token_type_hint`) with
 * confidential client authentication. An active token gets its metadata (§2.2); anything unknown,
 * expired, revoked or rotated gets `{"active": false}` and nothing else. `token_type` is the
 * access token type (`Bearer`, RFC 6749 §7.1), so an active refresh token is described without it.
 * Bad client credentials get 401 (§2.3).
 */
export const introspectEndpoint: EndpointHandler = async (request, ctx) => {
  if (!isFormEncoded(request))
    return oauthErrorResponse(
      'invalid_request',
      'Send the introspection request as a form: Content-Type application/x-www-form-urlencoded (RFC 7662 §2.1).',
    )
  const params = await readForm(request)
  const problem = parameterProblem(params)
  if (problem) return oauthErrorResponse('invalid_request', problem)
  const auth = authenticateClient(ctx, request, params)
  if (!auth.ok) return auth.response
  if (auth.client.type !== 'confidential') {
    return invalidClient(
      ctx,
      `Introspection needs client credentials, and ${auth.client.clientId} is a public client without any (RFC 7662 §2.1).`,
    ).response
  }
  const token = params.get('token')
  if (token === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'token is missing: send the token to introspect in the token parameter (RFC 7662 §2.1).',
    )
  const found = await lookupToken(ctx, token, params.get('token_type_hint'))
  if (!found || found.state !== 'active') return jsonResponse({ active: false }, 200, NO_STORE)
  const { record } = found
  const user = ctx.registry.getUserBySub(record.sub)
  const common = {
    active: true,
    scope: formatScope(record.scope),
    client_id: record.clientId,
    ...(user ? { username: user.username } : {}),
    exp: record.expiresAt,
    iat: record.issuedAt,
    sub: record.sub,
    iss: ctx.issuer,
  }
  // token_type is the access token's type (RFC 7662 §2.2, RFC 6749 §7.1); a refresh token has none.
  const body =
    found.type === 'access_token'
      ? { ...common, token_type: 'Bearer', aud: ctx.options.audience, jti: found.record.jti }
      : common
  return jsonResponse(body, 200, NO_STORE)
}
