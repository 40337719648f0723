import { oauthError } from '../../protocol/oauth-error.ts'
import { formatChallenge } from '../../protocol/www-authenticate.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { isFormEncoded, readForm, tooLongDescription } from '../http/params.ts'
import { jsonResponse, NO_STORE, oauthErrorResponse } from '../http/responses.ts'
import type { UserAccount } from '../registry/types.ts'
import { lookupToken } from '../tokens/token-lookup.ts'

function challenge(ctx: ServerContext, params: Record<string, string> = {}): string {
  return formatChallenge('Bearer', { realm: new URL(ctx.issuer).host, ...params })
}

/**
 * The answer to a request without a bearer token (none, or another scheme): 401 with a bare
 * `Bearer realm` challenge and no body, since RFC 6750 §3.1 says a request that carries no
 * authentication gets no error code or other error information. The challenge alone tells the
 * client which scheme to use.
 */
function credentialsRequired(ctx: ServerContext): Response {
  return new Response(null, {
    status: 401,
    headers: { ...NO_STORE, 'WWW-Authenticate': challenge(ctx) },
  })
}

/** A Bearer error (RFC 6750 §3.1): the same code and description in the challenge and the JSON body. */
function bearerError(
  ctx: ServerContext,
  status: 400 | 401 | 403,
  error: 'invalid_request' | 'invalid_token' | 'insufficient_scope',
  description: string,
  extra: Record<string, string> = {},
) {
  const safe = oauthError(error, description).error_description
  return oauthErrorResponse(error, safe, status, {
    'WWW-Authenticate': challenge(ctx, { error, error_description: safe, ...extra }),
  })
}

/** Claims by scope (OIDC Core §5.4): profile gives the name claims, email the email claims. */
export function userClaims(user: UserAccount, scope: readonly string[]): Record<string, unknown> {
  return {
    sub: user.sub,
    ...(scope.includes('profile')
      ? { name: user.name, given_name: user.givenName, family_name: user.familyName }
      : {}),
    ...(scope.includes('email') ? { email: user.email, email_verified: user.emailVerified } : {}),
  }
}

/**
 * The UserInfo endpoint (OIDC Core §5.3): GET or POST with a bearer access token (RFC 6750 §2.1
 * header, or §2.2 form body; never both) that carries scope `openid`. No token: 401 with a bare
 * `Bearer realm` challenge and no body (RFC 6750 §3.1); a bad, expired or revoked token: 401
 * invalid_token (revocation counts at once: UserInfo asks the server's records, not just the JWT);
 * no openid scope: 403 insufficient_scope.
 */
export const userinfoEndpoint: EndpointHandler = async (request, ctx) => {
  const header = request.headers.get('authorization')
  const body =
    request.method === 'POST' && isFormEncoded(request) ? await readForm(request) : undefined
  if (body?.isTooLong('access_token'))
    return bearerError(ctx, 400, 'invalid_request', tooLongDescription('access_token'))
  const bodyToken = body?.get('access_token')
  if (header !== null && bodyToken !== undefined)
    return bearerError(
      ctx,
      400,
      'invalid_request',
      'Send the access token one way only: the Authorization header or the form body (RFC 6750 §2).',
    )
  const match = header === null ? null : /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header)
  const token = match?.[1] ?? bodyToken
  if (token === undefined) return credentialsRequired(ctx)
  const found = await lookupToken(ctx, token, 'access_token')
  if (!found || found.type !== 'access_token')
    return bearerError(
      ctx,
      401,
      'invalid_token',
      'The access token is not one this server issued, or it was altered.',
    )
  if (found.state === 'expired')
    return bearerError(
      ctx,
      401,
      'invalid_token',
      'The access token expired. Use the refresh token or sign in again.',
    )
  if (found.state !== 'active')
    return bearerError(ctx, 401, 'invalid_token', 'The access token has been revoked.')
  if (!found.record.scope.includes('openid')) {
    return bearerError(
      ctx,
      403,
      'insufficient_scope',
      'UserInfo needs an access token with scope openid (OIDC Core §5.3).',
      { scope: 'openid' },
    )
  }
  const user = ctx.registry.getUserBySub(found.record.sub)
  if (!user)
    return bearerError(ctx, 401, 'invalid_token', 'The user of this access token no longer exists.')
  return jsonResponse(userClaims(user, found.record.scope), 200, NO_STORE)
}
