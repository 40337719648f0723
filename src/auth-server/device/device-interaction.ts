import { formatUserCode } from '../../protocol/user-code.ts'
import { checkPassword } from '../authorize/check-password.ts'
import { createSession, currentSession } from '../authorize/interaction.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { wrongPasswordPage } from '../endpoints/login.ts'
import { sessionCookie } from '../http/cookies.ts'
import { htmlResponse, redirectResponse } from '../http/responses.ts'
import { renderDeviceConsentPage, renderDeviceDonePage } from '../pages/device-pages.ts'
import { renderLoginPage } from '../pages/login-page.ts'
import type { DeviceAuthorizationRecord } from './device-store.ts'
import { deviceFormParams, findPendingDevice, unusableCodePage } from './device-verification.ts'

const clientName = (ctx: ServerContext, record: DeviceAuthorizationRecord) =>
  ctx.registry.getClient(record.clientId)?.clientName ?? record.clientId
const stepUrl = (ctx: ServerContext, path: string, record: DeviceAuthorizationRecord) =>
  `${ctx.endpointUrl(path)}?request_id=${encodeURIComponent(record.verificationId)}`

function loginPage(
  ctx: ServerContext,
  record: DeviceAuthorizationRecord,
  status: number,
  username?: string,
  errorMessage?: string,
  headers: HeadersInit = {},
): Response {
  const html = renderLoginPage({
    issuer: ctx.issuer,
    action: ctx.endpointUrl('/device/login'),
    requestId: record.verificationId,
    clientName: clientName(ctx, record),
    username,
    errorMessage,
  })
  return htmlResponse(html, status, headers)
}

/** The request named by `request_id`, or the page that explains why it cannot go on. */
function lookup(
  ctx: ServerContext,
  verificationId: string | undefined,
): DeviceAuthorizationRecord | Response {
  const record = findPendingDevice(ctx, verificationId)
  if (record) return record
  return unusableCodePage(
    ctx,
    verificationId === undefined ? undefined : ctx.store.devices.byVerificationId(verificationId),
  )
}

/**
 * Sign-in for a device request: the same form, users and cookie session as /login. GET
 * `/device/login?request_id=ID` shows it; POST (fields `request_id`, `username`, `password`)
 * starts a session and answers 303 to `/device/consent` (RFC 9700 §4.12); a wrong password
 * re-shows the form with 400, too many with 429 (wrongPasswordPage, shared with /login).
 */
export const deviceLoginEndpoint: EndpointHandler = async (request, ctx, url) => {
  const form = await deviceFormParams(request, url)
  const record = lookup(ctx, form.get('request_id'))
  if (record instanceof Response) return record
  if (request.method === 'GET') return loginPage(ctx, record, 200)
  const [tooLong] = form.tooLong(['username', 'password'])
  if (tooLong) return loginPage(ctx, record, 400, undefined, `The ${tooLong} is too long.`)
  const username = form.get('username')
  const password = form.get('password')
  if (username === undefined || password === undefined)
    return loginPage(ctx, record, 400, username, 'Enter both your username and your password.')
  const check = checkPassword(ctx, username, password)
  if (!check.ok)
    return wrongPasswordPage(check, (status, message, headers) =>
      loginPage(ctx, record, status, username, message, headers),
    )
  const session = createSession(ctx, check.user.sub)
  record.sessionId = session.id
  return redirectResponse(stepUrl(ctx, '/device/consent', record), 303, {
    'Set-Cookie': sessionCookie(session.id, ctx.options.lifetimes.session),
  })
}

/**
 * Approval for a device request (RFC 8628 §3.3). GET `/device/consent?request_id=ID` shows the
 * user code to compare with the device (§5.4) and the scopes; POST (fields `request_id`,
 * `decision` = `approve` | `deny`) records the decision, which the device's next poll picks up,
 * and shows the final "you may return to your device" page. Only the session that signed in for
 * this request may decide; any other browser is sent to sign in.
 */
export const deviceConsentEndpoint: EndpointHandler = async (request, ctx, url) => {
  const form = await deviceFormParams(request, url)
  const record = lookup(ctx, form.get('request_id'))
  if (record instanceof Response) return record
  const session = currentSession(request, ctx)
  if (!session || session.id !== record.sessionId)
    return redirectResponse(
      stepUrl(ctx, '/device/login', record),
      request.method === 'GET' ? 302 : 303,
    )
  const consentPage = (status: number, errorMessage?: string) => {
    const user = ctx.registry.getUserBySub(session.sub)
    const html = renderDeviceConsentPage({
      issuer: ctx.issuer,
      action: ctx.endpointUrl('/device/consent'),
      requestId: record.verificationId,
      clientName: clientName(ctx, record),
      clientId: record.clientId,
      userName: user?.name ?? session.sub,
      userCode: formatUserCode(record.userCode),
      scope: record.scope,
      errorMessage,
    })
    return htmlResponse(html, status)
  }
  if (request.method === 'GET') return consentPage(200)
  const decision = form.get('decision')
  if (decision !== 'approve' && decision !== 'deny')
    return consentPage(400, 'Choose Allow or Deny.')
  record.status = decision === 'approve' ? 'approved' : 'denied'
  record.sub = session.sub
  record.authTime = session.authTime
  return htmlResponse(
    renderDeviceDonePage({
      issuer: ctx.issuer,
      clientName: clientName(ctx, record),
      approved: decision === 'approve',
    }),
  )
}
