import {
  checkPassword,
  tooManyPasswordsMessage,
  type PasswordCheck,
} from '../authorize/check-password.ts'
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
  headers: HeadersInit = {},
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
  return htmlResponse(html, status, headers)
}

/**
 * The answer to a failed sign-in, shared by /login and /device/login: the form again, 400 with
 * "do not match" for a wrong password, or 429 Too Many Requests with Retry-After (RFC 6585 §4)
 * once the account is blocked (see checkPassword). Never 401: that status needs a
 * WWW-Authenticate challenge (RFC 9110 §15.5.2), and a form is not an HTTP authentication scheme.
 */
export function wrongPasswordPage(
  check: Exclude<PasswordCheck, { ok: true }>,
  render: (status: number, message: string, headers?: HeadersInit) => Response,
): Response {
  if (check.reason === 'blocked')
    return render(429, tooManyPasswordsMessage(check.retryAfterSeconds), {
      'Retry-After': String(check.retryAfterSeconds),
    })
  return render(400, 'That username and password do not match. Check them and try again.')
}

/**
 * The login page. GET `/login?request_id=ID` renders the form; POST `/login` (form fields
 * `request_id`, `username`, `password`) checks the password, starts a cookie session and answers
 * 303 to `/consent?request_id=ID` (RFC 9700 §4.12). A wrong password re-renders the form with
 * 400, and too many of them with 429 (see wrongPasswordPage).
 */
export const loginEndpoint: EndpointHandler = async (request, ctx, url) => {
  if (request.method === 'GET') {
    const pending = findPending(ctx, paramsFrom(url.searchParams).get('request_id'))
    return pending ? loginPage(ctx, pending, 200) : unknownRequestPage(ctx)
  }
  const form = isFormEncoded(request) ? await readForm(request) : paramsFrom(new URLSearchParams())
  const pending = findPending(ctx, form.get('request_id'))
  if (!pending) return unknownRequestPage(ctx)
  const [tooLong] = form.tooLong(['username', 'password'])
  if (tooLong) return loginPage(ctx, pending, 400, undefined, `The ${tooLong} is too long.`)
  const username = form.get('username')
  const password = form.get('password')
  if (username === undefined || password === undefined) {
    return loginPage(ctx, pending, 400, username, 'Enter both your username and your password.')
  }
  const check = checkPassword(ctx, username, password)
  if (!check.ok)
    return wrongPasswordPage(check, (status, message, headers) =>
      loginPage(ctx, pending, status, username, message, headers),
    )
  const session = createSession(ctx, check.user.sub)
  pending.sessionId = session.id
  const location = `${ctx.endpointUrl('/consent')}?request_id=${encodeURIComponent(pending.id)}`
  return redirectResponse(location, 303, {
    'Set-Cookie': sessionCookie(session.id, ctx.options.lifetimes.session),
  })
}
