import { oauthError, type OAuthErrorCode } from '../../protocol/oauth-error.ts'
import { withIntendedSetCookies } from '../../protocol/script-headers.ts'
import { shown } from './params.ts'

/** Headers every token-bearing or error JSON response carries (RFC 6749 §5.1, §5.2). */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const

/**
 * Headers for the HTML pages the server renders: no caching, no framing (clickjacking,
 * RFC 6749 §10.13, RFC 9700 §4.16), no referrer (RFC 9700 §4.2), inline styles only.
 */
const PAGE_HEADERS = {
  ...NO_STORE,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
} as const

export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers)
  merged.set('Content-Type', 'application/json')
  return new Response(JSON.stringify(body), { status, headers: merged })
}

/** A JSON OAuth error with `no-store` headers (RFC 6749 §5.2). */
export function oauthErrorResponse(
  error: OAuthErrorCode,
  description: string,
  status = 400,
  headers: HeadersInit = {},
): Response {
  const merged = new Headers(NO_STORE)
  new Headers(headers).forEach((value, name) => merged.set(name, value))
  return jsonResponse(oauthError(error, description), status, merged)
}

export function htmlResponse(html: string, status = 200, headers: HeadersInit = {}): Response {
  const merged = new Headers(PAGE_HEADERS)
  new Headers(headers).forEach((value, name) => merged.append(name, value))
  return withIntendedSetCookies(new Response(html, { status, headers: merged }), merged)
}

/**
 * A redirect. 302 answers a GET; 303 answers a POST so the browser follows with a GET and never
 * re-posts credentials (RFC 9700 §4.12).
 */
export function redirectResponse(
  location: string,
  status: 302 | 303,
  headers: HeadersInit = {},
): Response {
  const merged = new Headers({ ...NO_STORE, 'Referrer-Policy': 'no-referrer' })
  new Headers(headers).forEach((value, name) => merged.append(name, value))
  merged.set('Location', location)
  // A page's Fetch drops Set-Cookie from script-made Responses; put the session cookie back.
  return withIntendedSetCookies(new Response(null, { status, headers: merged }), merged)
}

/** The same response without its body, as the answer to HEAD (RFC 9110 §9.3.2). */
export function withoutBody(response: Response): Response {
  return withIntendedSetCookies(
    new Response(null, { status: response.status, headers: response.headers }),
    response.headers,
  )
}

/** 405 with the methods this path does take (RFC 9110 §15.5.6). */
export function methodNotAllowed(
  method: string,
  path: string,
  allowed: readonly string[],
): Response {
  return oauthErrorResponse(
    'method_not_allowed',
    `${shown(path)} does not accept ${shown(method)}; use ${allowed.join(' or ')}.`,
    405,
    { Allow: allowed.join(', ') },
  )
}

export function notFound(path: string): Response {
  return oauthErrorResponse(
    'not_found',
    `There is no endpoint at ${shown(path)}. The list of endpoints is at /.well-known/openid-configuration.`,
    404,
  )
}

/** CORS headers for the endpoints a browser app may call from another origin (Fetch standard §3.2). */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'WWW-Authenticate',
} as const

/** The answer to a CORS preflight: which methods and request headers may follow. */
export function corsPreflight(allowed: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': allowed.join(', '),
      // Only headers the endpoints read: no DPoP, which this server does not support (RFC 9449).
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Max-Age': '600',
      Allow: [...allowed, 'OPTIONS'].join(', '),
    },
  })
}
