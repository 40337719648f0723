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
 * Makes text fit a quoted challenge attribute, whose characters must be %x20-21 / %x23-5B /
 * %x5D-7E (RFC 6750 §3): no double quote, no backslash, ASCII only. The JSON body keeps the
 * original wording; the header says "section" where the body says "§".
 */
export function headerSafe(text: string): string {
  return text
    .replace(/§\s?/g, 'section ')
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?')
}

/**
 * The `WWW-Authenticate: Bearer` challenge (RFC 6750 §3). Without an error it is just the realm:
 * a request that sent no credentials gets no error code (RFC 6750 §3.1).
 */
export function bearerChallenge(realm: string, error?: BearerError): string {
  const params = [`realm="${headerSafe(realm)}"`]
  if (error) {
    params.push(`error="${error.error}"`, `error_description="${headerSafe(error.description)}"`)
    if (error.scope !== undefined) params.push(`scope="${headerSafe(error.scope)}"`)
  }
  return `Bearer ${params.join(', ')}`
}

/** A JSON response; API answers are never cached since they depend on the caller's token. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })
}

/** 401 with a bare challenge: the request carried no bearer token at all (RFC 6750 §3.1). */
export function credentialsRequired(realm: string, description: string): Response {
  return jsonResponse(401, { error_description: description }, { 'WWW-Authenticate': bearerChallenge(realm) })
}

/** 400, 401 or 403 with the challenge and a JSON body that mirrors it (RFC 6750 §3, §3.1). */
export function bearerErrorResponse(realm: string, error: BearerError): Response {
  const body = {
    error: error.error,
    error_description: error.description,
    ...(error.scope === undefined ? {} : { scope: error.scope }),
  }
  return jsonResponse(STATUS[error.error], body, { 'WWW-Authenticate': bearerChallenge(realm, error) })
}
