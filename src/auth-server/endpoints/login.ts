import { createSession, findPending } from '../authorize/interaction.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { sessionCookie } from '../http/cookies.ts'
import { isFormEncoded, paramsFrom, readForm } from '../http/params.ts'
import { htmlResponse, redirectResponse } from '../http/responses.ts'
import { errorPageResponse } from '../pages/error-page.ts'
import { renderLoginPage } from '../pages/login-page.ts'
import type { PendingAuthorization } from '../store/records.ts'

/** Shown when the request_id is unknown or expired: there is nowhere safe to redirect to. */
export function unknownRequestPage(ctx: ServerContext): Response {
  return errorPageResponse({
    issuer: ctx.issuer,
    error: 'invalid_request',
    description: 'This sign-in request is unknown or has expired.',
    hint: 'Go back to the application and start again.',
  })
}

function loginPage(
  ctx: ServerContext,
  pending: PendingAuthorization,
  status: number,
  username?: string,
  errorMessage?: string,
) {
  const clientName = ctx.registry.getClient(pending.clientId)?.clientName ?? pending.clientId
  const html = renderLoginPage({
    issuer: ctx.issuer,
    action: ctx.endpointUrl('/login'),
    requestId: pending.id,
    clientName,
    username,
    errorMessage,
  })
  return htmlResponse(html, status)
}

/**
 * The login page. GET `/login?request_id=ID` renders the form; POST `/login` (form fields
 * `request_id`, `username`, `password`) checks the password, starts a cookie session and answers
 * 303 to `/consent?request_id=ID` (RFC 9700 §4.12). A wrong password re-renders the form, 401.
 */
export const loginEndpoint: EndpointHandler = async (request, ctx, url) => {
  if (request.method === 'GET') {
    const pending = findPending(ctx, paramsFrom(url.searchParams).get('request_id'))
    return pending ? loginPage(ctx, pending, 200) : unknownRequestPage(ctx)
  }
  const form = isFormEncoded(request) ? await readForm(request) : paramsFrom(new URLSearchParams())
  const pending = findPending(ctx, form.get('request_id'))
  if (!pending) return unknownRequestPage(ctx)
  const username = form.get('username')
  const password = form.get('password')
  if (username === undefined || password === undefined) {
    return loginPage(ctx, pending, 400, username, 'Enter both your username and your password.')
  }
  const user = ctx.registry.findUserByUsername(username)
  if (!user || user.password !== password) {
    return loginPage(
      ctx,
      pending,
      401,
      username,
      'That username and password do not match. Check them and try again.',
    )
  }
  const session = createSession(ctx, user.sub)
  pending.sessionId = session.id
  const location = `${ctx.endpointUrl('/consent')}?request_id=${encodeURIComponent(pending.id)}`
  return redirectResponse(location, 303, {
    'Set-Cookie': sessionCookie(session.id, ctx.options.lifetimes.session),
  })
}
