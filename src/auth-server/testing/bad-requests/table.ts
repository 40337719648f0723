import { encodeClientSecretBasic } from '../../../protocol/client-secret-basic.ts'
import type { AuthorizationServer, AuthorizationServerOptions } from '../../index.ts'

/**
 * The bad-request table: one row per malformed, unauthorised or out-of-order request, with the
 * exact answer the specs prescribe (RFC 6749 §4.1.2.1, §5.2; RFC 6750 §3.1; RFC 7009; RFC 7662;
 * RFC 8628 §3.5; RFC 9110 §15.5) and where that answer goes.
 */

/** One HTTP request, written the way a test reads it. */
export interface RequestSpec {
  /** Defaults to GET. */
  method?: string
  /** Path below the issuer, e.g. '/token'. */
  path: string
  /** The query: a record, or a raw string so a parameter can be repeated. */
  query?: string | Record<string, string>
  /** A form body (Content-Type application/x-www-form-urlencoded): a record or a raw string. */
  form?: string | Record<string, string>
  /** Any other body, with its content type. */
  body?: { contentType: string; text: string }
  headers?: Record<string, string>
  /** client_secret_basic credentials (RFC 6749 §2.3.1). */
  basic?: readonly [clientId: string, secret: string]
}

/** Where the error goes. */
export type Destination =
  /** An OAuth JSON error (RFC 6749 §5.2), optionally with a WWW-Authenticate challenge or Allow. */
  | { kind: 'json'; challenge?: RegExp; allow?: string }
  /** The server's HTML error page: never a redirect (RFC 6749 §3.1.2.4, §4.1.2.1). */
  | { kind: 'page' }
  /** The server's own form (login, consent, device) shown again with a message for the user. */
  | { kind: 'form'; text: string }
  /** 401 with a bare challenge and no body: no credentials, so no error information (RFC 6750 §3.1). */
  | { kind: 'challenge'; challenge: RegExp }
  /** A redirect to the client's registered URI with error, state and iss (RFC 6749 §4.1.2.1, RFC 9207). */
  | { kind: 'redirect'; to: string; mode: 'query' | 'fragment'; state: string | null }

/** Values a setup produced (a code, a token, a cookie) for the row's request. */
export type SetupValues = Record<string, string>

export interface BadRequest {
  name: string
  /** The spec text that fixes the expected answer. */
  spec: string
  server?: AuthorizationServerOptions
  /** Puts the server in the state the row needs and returns the values its request uses. */
  setup?: (server: AuthorizationServer) => Promise<SetupValues>
  request: RequestSpec | ((values: SetupValues) => RequestSpec)
  status: number
  /** The `error` code; null for the login form's message or a bare challenge, which carry none. */
  error: string | null
  /** What error_description (or the page) must say. */
  description?: RegExp
  destination: Destination
}

/** A query string from a record, leaving out undefined values. */
export function queryOf(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) search.append(name, value)
  return search.toString()
}

/** Builds the Request a row describes, against the server's issuer. */
export function buildRequest(issuer: string, spec: RequestSpec): Request {
  const query = typeof spec.query === 'string' ? spec.query : spec.query ? queryOf(spec.query) : ''
  const headers = new Headers(spec.headers)
  let body: string | undefined
  if (spec.form !== undefined) {
    headers.set('content-type', 'application/x-www-form-urlencoded')
    body = typeof spec.form === 'string' ? spec.form : queryOf(spec.form)
  } else if (spec.body) {
    headers.set('content-type', spec.body.contentType)
    body = spec.body.text
  }
  if (spec.basic)
    headers.set('authorization', encodeClientSecretBasic(spec.basic[0], spec.basic[1]))
  return new Request(`${issuer}${spec.path}${query ? `?${query}` : ''}`, {
    method: spec.method ?? 'GET',
    headers,
    body,
  })
}
