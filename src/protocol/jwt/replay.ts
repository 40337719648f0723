/**
 * Presenting a token to a protected resource (RFC 6750 §2.1) and reading its refusal: the status,
 * the `WWW-Authenticate: Bearer` challenge and its parameters (RFC 6750 §3), and what they mean.
 */
import { parseChallenge } from '../www-authenticate'

export interface ReplayResult {
  request: { method: string; url: string; authorization: string }
  status: number
  statusText: string
  wwwAuthenticate: string | null
  /** The challenge's auth-params (realm, error, error_description, scope), unquoted. */
  challenge: Record<string, string>
  body: string
  /** What this answer means, for a learner. */
  meaning: string
}

/** Sends `GET url` with `Authorization: Bearer token` through `send` and explains the answer. */
export async function presentToken(
  send: (request: Request) => Promise<Response>,
  url: string,
  token: string,
): Promise<ReplayResult> {
  const authorization = `Bearer ${token}`
  const response = await send(new Request(url, { headers: { Authorization: authorization } }))
  const wwwAuthenticate = response.headers.get('WWW-Authenticate')
  const challenge = wwwAuthenticate ? parseBearerChallenge(wwwAuthenticate) : {}
  return {
    request: { method: 'GET', url, authorization },
    status: response.status,
    statusText: response.statusText,
    wwwAuthenticate,
    challenge,
    body: await response.text(),
    meaning: meaningOf(response.status, challenge),
  }
}

/** A Bearer challenge's auth-params by name (RFC 6750 §3): `error`, `error_description`, `scope`, `realm`. */
export function parseBearerChallenge(header: string): Record<string, string> {
  return Object.fromEntries(parseChallenge(header).params)
}

function meaningOf(status: number, challenge: Record<string, string>): string {
  if (status >= 200 && status < 300) {
    return 'The resource server accepted the token and served the photos: it found nothing wrong with it.'
  }
  switch (challenge.error) {
    case 'invalid_token':
      return 'Refused with 401 invalid_token (RFC 6750 §3.1): the token is expired, revoked, malformed or not signed by a key the server trusts. The client may get a new token and retry; replaying this one will never work.'
    case 'insufficient_scope':
      return `Refused with 403 insufficient_scope (RFC 6750 §3.1): the token is genuine but does not grant ${challenge.scope ?? 'the scope this request needs'}.`
    case 'invalid_request':
      return 'Refused with 400 invalid_request (RFC 6750 §3.1): the request itself is malformed, for example the token was sent twice or in a form the server does not accept.'
  }
  if (status === 401)
    return 'Refused with 401 and a bare challenge: the server saw no usable credentials in the request (RFC 6750 §3.1).'
  return `The server answered ${status}; see the body for its reason.`
}
