import {
  completeAuthorization,
  currentSession,
  findPending,
  rejectAuthorization,
} from '../authorize/interaction.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { isFormEncoded, paramsFrom, readForm } from '../http/params.ts'
import { htmlResponse, redirectResponse } from '../http/responses.ts'
import { renderConsentPage } from '../pages/consent-page.ts'
import { errorPageResponse } from '../pages/error-page.ts'
import type { PendingAuthorization, SessionRecord } from '../store/records.ts'
import { unknownRequestPage } from './login.ts'

function consentPage(
  ctx: ServerContext,
  pending: PendingAuthorization,
  session: SessionRecord,
  status: number,
  errorMessage?: string,
) {
  const client = ctx.registry.getClient(pending.clientId)
  const user = ctx.registry.getUserBySub(session.sub)
  const html = renderConsentPage({
    issuer: ctx.issuer,
    action: ctx.endpointUrl('/consent'),
    requestId: pending.id,
    clientName: client?.clientName ?? pending.clientId,
    clientId: pending.clientId,
    userName: user?.name ?? session.sub,
    scope: pending.scope,
    errorMessage,
  })
  return htmlResponse(html, status)
}

/**
 * The consent page. GET `/consent?request_id=ID` renders it for the signed-in user; POST
 * `/consent` (form fields `request_id`, `decision` = `approve` | `deny`) answers 303 to the client's
 * redirect URI with a code, or with error=access_denied (RFC 6749 §4.1.2, §4.1.2.1). The request
 * must belong to the session in the cookie; without a session the browser goes to the login page.
 */
export const consentEndpoint: EndpointHandler = async (request, ctx, url) => {
  const form =
    request.method === 'GET'
      ? paramsFrom(url.searchParams)
      : isFormEncoded(request)
        ? await readForm(request)
        : paramsFrom(new URLSearchParams())
  const pending = findPending(ctx, form.get('request_id'))
  if (!pending) return unknownRequestPage(ctx)
  const session = currentSession(request, ctx)
  if (!session || pending.sessionId === undefined) {
    return redirectResponse(
      `${ctx.endpointUrl('/login')}?request_id=${encodeURIComponent(pending.id)}`,
      request.method === 'GET' ? 302 : 303,
    )
  }
  if (session.id !== pending.sessionId) {
    return errorPageResponse({
      issuer: ctx.issuer,
      error: 'access_denied',
      description:
        'This request was started by a different sign-in session than the one in this browser.',
      hint: 'Go back to the application and start again.',
      status: 403,
    })
  }
  if (request.method === 'GET') return consentPage(ctx, pending, session, 200)
  const decision = form.get('decision')
  if (decision === 'approve') return completeAuthorization(ctx, pending, session, 303)
  if (decision === 'deny')
    return rejectAuthorization(ctx, pending, 'access_denied', 'The user denied the request.', 303)
  return consentPage(ctx, pending, session, 400, 'Choose Allow or Deny.')
}
