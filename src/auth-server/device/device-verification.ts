import { formatUserCode, normalizeUserCode } from '../../protocol/user-code.ts'
import { currentSession } from '../authorize/interaction.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { isFormEncoded, paramsFrom, readForm, type RequestParams } from '../http/params.ts'
import { htmlResponse, redirectResponse } from '../http/responses.ts'
import { renderUserCodePage } from '../pages/device-pages.ts'
import { errorPageResponse } from '../pages/error-page.ts'
import type { DeviceAuthorizationRecord } from './device-store.ts'

/** The form fields of a POST (empty when it is not a form), or the query of a GET. */
export async function deviceFormParams(request: Request, url: URL): Promise<RequestParams> {
  if (request.method === 'GET') return paramsFrom(url.searchParams)
  return isFormEncoded(request) ? readForm(request) : paramsFrom(new URLSearchParams())
}

/** The page for a device request that can no longer be used, saying what to do next. */
export function unusableCodePage(
  ctx: ServerContext,
  record: DeviceAuthorizationRecord | undefined,
): Response {
  const hint = 'Start again on your device to get a new code.'
  if (!record)
    return errorPageResponse({
      issuer: ctx.issuer,
      error: 'invalid_request',
      description: 'This device sign-in is unknown or has expired.',
      hint,
    })
  const code = formatUserCode(record.userCode)
  if (record.expiresAt <= ctx.clock.nowSeconds()) {
    const lifetime = record.expiresAt - record.issuedAt
    return errorPageResponse({
      issuer: ctx.issuer,
      error: 'expired_token',
      description: `The code ${code} has expired: codes are valid for ${lifetime} seconds.`,
      hint,
    })
  }
  const what = record.status === 'denied' ? 'denied' : 'used'
  return errorPageResponse({
    issuer: ctx.issuer,
    error: 'invalid_request',
    description: `The code ${code} has already been ${what}.`,
    hint,
  })
}

/** The pending, unexpired device request with this verification id, if any. */
export function findPendingDevice(
  ctx: ServerContext,
  verificationId: string | undefined,
): DeviceAuthorizationRecord | undefined {
  const record =
    verificationId === undefined ? undefined : ctx.store.devices.byVerificationId(verificationId)
  return record && record.status === 'pending' && record.expiresAt > ctx.clock.nowSeconds()
    ? record
    : undefined
}

function codePage(
  ctx: ServerContext,
  status: number,
  userCode?: string,
  errorMessage?: string,
  headers: HeadersInit = {},
): Response {
  return htmlResponse(
    renderUserCodePage({
      issuer: ctx.issuer,
      action: ctx.endpointUrl('/device'),
      // A code is 9 characters; anything much longer is not shown back to the user.
      userCode: userCode !== undefined && userCode.length <= 64 ? userCode : undefined,
      errorMessage,
    }),
    status,
    headers,
  )
}

/**
 * The verification URI (RFC 8628 §3.3). GET `/device` shows the code form, prefilled from
 * `?user_code=` (verification_uri_complete, §3.3.1; the user still confirms it). POST `/device`
 * (field `user_code`, any case, dash optional, §6.1) finds the request and sends the browser on
 * with 303: to `/device/consent` when already signed in, else `/device/login`. A wrong code
 * re-shows the form (400); more than 5 wrong codes a minute are refused with 429 (§5.1); an
 * expired or used code gets a page that says to start again on the device.
 */
export const deviceEndpoint: EndpointHandler = async (request, ctx, url) => {
  const params = await deviceFormParams(request, url)
  const typed = params.get('user_code')
  if (request.method === 'GET') {
    const normalized = typed === undefined ? undefined : normalizeUserCode(typed)
    return codePage(ctx, 200, normalized ? formatUserCode(normalized) : typed)
  }
  const now = ctx.clock.nowSeconds()
  const wait = ctx.store.devices.guesses.retryAfter('user_code', now)
  if (wait > 0) {
    return codePage(
      ctx,
      429,
      typed,
      `Too many wrong codes. Wait ${wait} seconds, then try again.`,
      { 'Retry-After': String(wait) },
    )
  }
  if (typed === undefined)
    return codePage(ctx, 400, undefined, 'Enter the code shown on your device.')
  const userCode = normalizeUserCode(typed)
  if (userCode === undefined) {
    return codePage(
      ctx,
      400,
      typed,
      'That is not a device code. Codes are 8 letters, like WDJB-MJHT; check the code on your device.',
    )
  }
  const record = ctx.store.devices.byUserCode(userCode)
  if (!record) {
    ctx.store.devices.guesses.fail('user_code', now)
    return codePage(
      ctx,
      400,
      typed,
      `No device is waiting for the code ${formatUserCode(userCode)}. Check the code on your device and try again.`,
    )
  }
  if (record.status !== 'pending' || record.expiresAt <= now) return unusableCodePage(ctx, record)
  const session = currentSession(request, ctx)
  if (session) record.sessionId = session.id
  const next = session ? '/device/consent' : '/device/login'
  return redirectResponse(
    `${ctx.endpointUrl(next)}?request_id=${encodeURIComponent(record.verificationId)}`,
    303,
  )
}
