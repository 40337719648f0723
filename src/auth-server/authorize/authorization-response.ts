import type { AuthorizationErrorCode } from '../../protocol/oauth-error.ts'
import { oauthError } from '../../protocol/oauth-error.ts'
import type { ServerContext } from '../context.ts'
import { redirectResponse } from '../http/responses.ts'

import type { PendingAuthorization } from '../store/records.ts'

/** Where the parameters of an authorization response go (OAuth 2.0 Multiple Response Types §2). */
export type ResponseMode = PendingAuthorization['responseMode']

/**
 * Redirects the browser to the client's (already validated) redirect URI with the response
 * parameters, plus `iss` on every response, success or error (RFC 9207 §2). Query mode keeps any
 * query the registered URI already has (RFC 6749 §3.1.2).
 */
export function authorizationRedirect(
  ctx: ServerContext,
  target: { redirectUri: string; mode: ResponseMode; status: 302 | 303 },
  params: Record<string, string | undefined>,
): Response {
  const url = new URL(target.redirectUri)
  const all = { ...params, iss: ctx.issuer }
  if (target.mode === 'query') {
    for (const [name, value] of Object.entries(all))
      if (value !== undefined) url.searchParams.set(name, value)
  } else {
    const fragment = new URLSearchParams()
    for (const [name, value] of Object.entries(all))
      if (value !== undefined) fragment.set(name, value)
    url.hash = fragment.toString()
  }
  return redirectResponse(url.toString(), target.status)
}

/** An authorization error sent back to the client with `error`, `error_description` and `state` (RFC 6749 §4.1.2.1). */
export function authorizationErrorRedirect(
  ctx: ServerContext,
  target: { redirectUri: string; mode: ResponseMode; status: 302 | 303 },
  error: AuthorizationErrorCode,
  description: string,
  state: string | undefined,
): Response {
  const body = oauthError(error, description)
  return authorizationRedirect(ctx, target, {
    error: body.error,
    error_description: body.error_description,
    state,
  })
}
