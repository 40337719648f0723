import { formatChallenge } from '../protocol/www-authenticate'

/** The error codes a protected resource may answer with (RFC 6750 §3.1). */
export type BearerErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope'

export interface BearerError {
  readonly error: BearerErrorCode
  /** Written for a learner: what was wrong and what to do (RFC 6750 §3 error_description). */
  readonly description: string
  /** For insufficient_scope: the scope the request needs (RFC 6750 §3). */
  readonly scope?: string
}

/** RFC 6750 §3.1: the HTTP status that goes with each error code. */
const STATUS: Record<BearerErrorCode, number> = {
  invalid_request: 400,
  invalid_token: 401,
  insufficient_scope: 403,
}

/**
 * The `WWW-Authenticate: Bearer` challenge (RFC 6750 §3). Without an error it is just the realm:
 * a request that sent no credentials gets no error code (RFC 6750 §3.1).
 */
export function bearerChallenge(realm: string, error?: BearerError): string {
  const details = error
    ? {
        error: error.error,
        error_description: error.description,
        ...(error.scope !== undefined ? { scope: error.scope } : {}),
      }
    : {}
  return formatChallenge('Bearer', { realm, ...details })
}

/** What the photo API takes: it is read-only (RFC 9110 §9.1: HEAD wherever GET). */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

/**
 * CORS for browser apps on other origins (Fetch §3.2; browser-based apps BCP §6.3.3.4): any
 * origin may read the answers, which hold nothing without the caller's own bearer token, and
 * may read WWW-Authenticate, so an app can tell an expired token from missing scope. No
 * credentials mode: the API reads the Authorization header, never cookies.
 */
export function withCors(response: Response): Response {
  response.headers.set('Access-Control-Allow-Origin', '*')
  response.headers.set('Access-Control-Expose-Headers', 'WWW-Authenticate')
  return response
}

/**
 * The answer to OPTIONS, a CORS preflight included: GET and HEAD, with an Authorization header
 * and nothing else (no DPoP, which the API does not accept), cached for 10 minutes.
 */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': 'Authorization',
      'Access-Control-Max-Age': '600',
    },
  })
}

/** A JSON response; API answers are never cached since they depend on the caller's token. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}

/**
 * 401 with a bare `Bearer realm` challenge and no body: the request carried no bearer token at
 * all (none, or another scheme), and RFC 6750 §3.1 says such a request gets no error code or other
 * error information. The challenge alone tells the client to send a Bearer token.
 */
export function credentialsRequired(realm: string): Response {
  return new Response(null, {
    status: 401,
    headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': bearerChallenge(realm) },
  })
}

/** 400, 401 or 403 with the challenge and a JSON body that mirrors it (RFC 6750 §3, §3.1). */
export function bearerErrorResponse(realm: string, error: BearerError): Response {
  const body = {
    error: error.error,
    error_description: error.description,
    ...(error.scope === undefined ? {} : { scope: error.scope }),
  }
  return jsonResponse(STATUS[error.error], body, {
    'WWW-Authenticate': bearerChallenge(realm, error),
  })
}
