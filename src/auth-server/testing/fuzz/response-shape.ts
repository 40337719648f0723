import { isValidErrorText } from '../../../protocol/oauth-error.ts'
import type { AuthorizationServer } from '../../index.ts'
import { ROUTES } from '../../routes.ts'

/**
 * The well-formedness rule every answer of the server must pass, whatever the request: an OAuth
 * JSON error, an HTML page, a success in the endpoint's own shape, a CORS preflight, or a redirect
 * to the server's own pages or to a redirect URI registered for the client concerned.
 */

/** Every `error` code the specs define (RFC 6749 §4.1.2.1, §5.2; OIDC Core §3.1.2.6; RFC 6750 §3.1; RFC 7009 §2.2.1; RFC 8628 §3.5), plus 404/405. */
export const ALLOWED_ERRORS: ReadonlySet<string> = new Set([
  'invalid_request',
  'unauthorized_client',
  'access_denied',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
  'interaction_required',
  'login_required',
  'consent_required',
  'account_selection_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
  'invalid_client',
  'invalid_grant',
  'unsupported_grant_type',
  'unsupported_token_type',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_token',
  'insufficient_scope',
  'not_found',
  'method_not_allowed',
])

/** Who the request was about, to judge where a redirect may go. */
export interface RequestFacts {
  path: string
  method: string
  /** Redirect URIs the answer may send the browser to (those of the client the request names). */
  allowedRedirects: readonly string[]
}

export class MalformedResponse extends Error {}

function fail(message: string): never {
  throw new MalformedResponse(message)
}

/**
 * However big the request, what the server repeats stays small (the parameter limits of
 * http/params.ts): a redirect, an error_description, a page.
 */
export const MAX_LOCATION = 8192
export const MAX_ERROR_DESCRIPTION = 4096
export const MAX_PAGE = 16_384

function checkRedirect(server: AuthorizationServer, facts: RequestFacts, response: Response) {
  const location = response.headers.get('location') ?? fail(`${response.status} without Location`)
  if (location.length > MAX_LOCATION)
    fail(`a Location of ${location.length} characters: a request value was repeated in full`)
  const url = new URL(location, server.issuer)
  const issuer = new URL(server.issuer)
  if (url.origin === issuer.origin) {
    const path = url.pathname.slice(issuer.pathname.replace(/\/$/, '').length)
    if (!ROUTES.some((route) => route.path === path))
      fail(`redirect to an unrouted path of the server: ${location}`)
    return
  }
  const registered = facts.allowedRedirects.find(
    (uri) => location === uri || location.startsWith(`${uri}?`) || location.startsWith(`${uri}#`),
  )
  if (!registered)
    fail(
      `redirect to ${location}, which is not a registered redirect URI of the client (${facts.allowedRedirects.join(', ') || 'none'})`,
    )
  const params = new URLSearchParams(url.hash.length > 1 ? url.hash.slice(1) : url.search)
  if (params.get('iss') !== server.issuer) fail(`redirect to the client without iss: ${location}`)
  const error = params.get('error')
  if (error === null) {
    if (params.get('code') === null && params.get('access_token') === null)
      fail(`redirect to the client with neither a result nor an error: ${location}`)
    return
  }
  if (!ALLOWED_ERRORS.has(error)) fail(`redirect with unknown error ${error}`)
  if (!isValidErrorText(params.get('error_description') ?? '"'))
    fail(`redirect with a bad error_description: ${location}`)
}

function checkSuccessJson(
  server: AuthorizationServer,
  facts: RequestFacts,
  body: Record<string, unknown>,
) {
  const { path } = facts
  const is = (type: string, ...names: string[]) => names.every((name) => typeof body[name] === type)
  const ok = path.startsWith('/.well-known/')
    ? body.issuer === server.issuer
    : path === '/jwks'
      ? Array.isArray(body.keys)
      : path === '/token'
        ? is('string', 'access_token') && body.token_type === 'Bearer' && is('number', 'expires_in')
        : path === '/introspect'
          ? is('boolean', 'active')
          : path === '/userinfo'
            ? is('string', 'sub')
            : path === '/device_authorization'
              ? is('string', 'device_code', 'user_code', 'verification_uri') &&
                is('number', 'expires_in')
              : false
  if (!ok)
    fail(
      `200 JSON from ${path} is not that endpoint's success shape: ${JSON.stringify(body).slice(0, 300)}`,
    )
}

async function checkJson(server: AuthorizationServer, facts: RequestFacts, response: Response) {
  const text = await response.text()
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    fail(`application/json body does not parse: ${text.slice(0, 200)}`)
  }
  if (response.status === 200) return checkSuccessJson(server, facts, body)
  if (response.status < 400) fail(`JSON with status ${response.status}`)
  if (typeof body.error !== 'string' || !ALLOWED_ERRORS.has(body.error))
    fail(`error ${String(body.error)} is not an OAuth error code`)
  if (typeof body.error_description !== 'string' || !isValidErrorText(body.error_description))
    fail(
      `error_description missing or with forbidden characters: ${String(body.error_description)}`,
    )
  if (body.error_description.length > MAX_ERROR_DESCRIPTION)
    fail(`an error_description of ${body.error_description.length} characters`)
  if (response.headers.get('cache-control') !== 'no-store')
    fail('JSON error without Cache-Control: no-store')
  if (response.status === 401 && !response.headers.get('www-authenticate'))
    fail('401 without WWW-Authenticate')
  if (response.status === 405 && !response.headers.get('allow')) fail('405 without Allow')
}

async function checkHtml(response: Response) {
  if (![200, 400, 401, 403, 429].includes(response.status))
    fail(`HTML page with status ${response.status}`)
  const html = await response.text()
  if (!/^<!doctype html>/i.test(html)) fail('HTML page that is not a document')
  if (html.length > MAX_PAGE) fail(`an HTML page of ${html.length} characters`)
  if (response.headers.get('x-frame-options') !== 'DENY') fail('HTML page that may be framed')
  if (!(response.headers.get('cache-control') ?? '').includes('no-store'))
    fail('HTML page without no-store')
}

/** Throws MalformedResponse when the answer is none of the allowed shapes. */
export async function checkResponse(
  server: AuthorizationServer,
  facts: RequestFacts,
  response: Response,
): Promise<void> {
  const { status } = response
  if (!Number.isInteger(status) || status < 200 || status > 599) fail(`status ${status}`)
  if (status >= 500)
    fail(`status ${status}: the handler failed (${(await response.text()).slice(0, 300)})`)
  if (status >= 300 && status < 400) return checkRedirect(server, facts, response)
  if (response.headers.get('location') !== null) fail(`status ${status} with a Location header`)
  // HEAD: the headers GET would send (RFC 9110 §9.3.2), and never a body.
  if (facts.method === 'HEAD') {
    if ((await response.text()) !== '') fail(`HEAD answered with a body`)
    if (status === 405 && !response.headers.get('allow')) fail('405 without Allow')
    return
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim()
  if (type === 'application/json') return checkJson(server, facts, response)
  if (type === 'text/html') return checkHtml(response)
  if (!type) {
    const empty = (await response.text()) === ''
    if (status === 204 && facts.method === 'OPTIONS' && empty) return
    if (status === 200 && facts.path === '/revoke' && facts.method === 'POST' && empty) return
    // No credentials: a bare challenge and no error information (RFC 6750 §3.1).
    const challenge = response.headers.get('www-authenticate') ?? ''
    if (
      status === 401 &&
      facts.path === '/userinfo' &&
      empty &&
      /^Bearer realm="[^"]*"$/.test(challenge)
    )
      return
    fail(`status ${status} without a content type from ${facts.method} ${facts.path}`)
  }
  fail(`unexpected content type ${type}`)
}
