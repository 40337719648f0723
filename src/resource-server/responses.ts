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
