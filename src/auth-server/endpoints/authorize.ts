import { authorizationErrorRedirect } from '../authorize/authorization-response.ts'
import {
  completeAuthorization,
  currentSession,
  hasConsent,
  isAuthenticationTooOld,
  rejectAuthorization,
} from '../authorize/interaction.ts'
import { validateAuthorizationRequest } from '../authorize/validate-request.ts'
import type { EndpointHandler } from '../context.ts'
import { isFormEncoded, paramsFrom, readForm } from '../http/params.ts'
import { redirectResponse } from '../http/responses.ts'
import { errorPageResponse } from '../pages/error-page.ts'
import type { PendingAuthorization } from '../store/records.ts'

/**
 * The authorization endpoint (RFC 6749 §3.1, §4.1.1; OIDC Core §3.1.2): GET (MUST) or POST (MAY,
 * form-encoded). Validates the request, keeps it server-side under an opaque id, and sends the
 * browser to the login page (or straight to consent when already signed in). prompt=none answers
 * at once: a code, or login_required / consent_required.
 */
export const authorizeEndpoint: EndpointHandler = async (request, ctx, url) => {
  if (request.method === 'POST' && !isFormEncoded(request)) {
    return errorPageResponse({
      issuer: ctx.issuer,
      error: 'invalid_request',
      description:
        'A POST to the authorization endpoint must be a form: Content-Type application/x-www-form-urlencoded (OIDC Core §3.1.2.1).',
    })
  }
  const params = request.method === 'POST' ? await readForm(request) : paramsFrom(url.searchParams)
  const status = request.method === 'POST' ? 303 : 302
  const result = validateAuthorizationRequest(ctx, params)
  if (result.kind === 'page')
    return errorPageResponse({
      issuer: ctx.issuer,
      error: result.error,
      description: result.description,
    })
  if (result.kind === 'redirect') {
    return authorizationErrorRedirect(
      ctx,
      { redirectUri: result.redirectUri, mode: result.mode, status },
      result.error,
      result.description,
      result.state,
    )
  }
  const now = ctx.clock.nowSeconds()
  const pending: PendingAuthorization = {
    ...result.request,
    id: ctx.store.newId(24),
    expiresAt: now + ctx.options.lifetimes.authorizationRequest,
  }
  const session = currentSession(request, ctx)
  const tooOld = session !== undefined && isAuthenticationTooOld(ctx, session, pending.maxAge)
  if (pending.prompt.has('none')) {
    if (!session || tooOld) {
      return rejectAuthorization(
        ctx,
        pending,
        'login_required',
        'prompt=none was sent but the user is not signed in (or signed in longer ago than max_age); send the user through login without prompt=none.',
        status,
      )
    }
    if (!hasConsent(session, pending)) {
      return rejectAuthorization(
        ctx,
        pending,
        'consent_required',
        'prompt=none was sent but the user has not approved these scopes for this client yet; ask again without prompt=none.',
        status,
      )
    }
    return completeAuthorization(ctx, pending, session, status)
  }
  const needsLogin =
    !session || tooOld || pending.prompt.has('login') || pending.prompt.has('select_account')
  if (!needsLogin) pending.sessionId = session.id
  ctx.store.addPending(pending)
  const next = needsLogin ? '/login' : '/consent'
  return redirectResponse(
    `${ctx.endpointUrl(next)}?request_id=${encodeURIComponent(pending.id)}`,
    status,
  )
}
