/**
 * Asking the authorization server about a token: token introspection (RFC 7662). The caller
 * authenticates (§2.1, here client_secret_basic, RFC 6749 §2.3.1); the answer is `active` and, only
 * for an active token, its metadata (§2.2); a refused caller gets 401 (§2.3).
 */
import { encodeClientSecretBasic } from '../client-secret-basic'
import { formatNumericDate } from './time'
import type { TokenKind } from './token-context'

export interface IntrospectionCaller {
  clientId: string
  clientSecret: string
}

export interface IntrospectionResult {
  request: { method: 'POST'; url: string; authorization: string; body: string }
  status: number
  /** The JSON answer, or null when the body is not a JSON object. */
  body: Record<string, unknown> | null
  raw: string
  /** What the answer means, for a learner. */
  meaning: string
}

/** POSTs `token` to the introspection endpoint `url` through `send`, as `caller`, and explains the answer. RFC 7662 §2. */
export async function introspectToken(
  send: (request: Request) => Promise<Response>,
  url: string,
  token: string,
  caller: IntrospectionCaller,
  kind?: TokenKind,
): Promise<IntrospectionResult> {
  const authorization = encodeClientSecretBasic(caller.clientId, caller.clientSecret)
  const body = new URLSearchParams({ token }).toString()
  const response = await send(
    new Request(url, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body,
    }),
  )
  const raw = await response.text()
  let json: Record<string, unknown> | null = null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      json = parsed as Record<string, unknown>
  } catch {
    json = null
  }
  return {
    request: { method: 'POST', url, authorization, body },
    status: response.status,
    body: json,
    raw,
    meaning: introspectionMeaning(response.status, json, kind),
  }
}

/**
 * One paragraph on an introspection answer: active with what it allows, inactive, or a refused
 * caller (RFC 7662 §2.2, §2.3). `token_type` is an access token's type (`Bearer`, RFC 6749 §7.1)
 * and servers leave it out for refresh tokens, so what kind of token it is comes from `kind`, what
 * the caller knows about where the token came from, when the answer does not say.
 */
export function introspectionMeaning(
  status: number,
  body: Record<string, unknown> | null,
  kind?: TokenKind,
): string {
  if (status === 401)
    return `The authorization server refused the caller (401, ${String(body?.error ?? 'no error code')}): introspection is only for callers it can authenticate (RFC 7662 §2.3).`
  if (status !== 200 || !body)
    return `The authorization server answered ${status} ${String(body?.error ?? '')}: ${String(body?.error_description ?? 'not an introspection answer')}.`
  if (body.active !== true) {
    return 'Not active. The server knows no live token by this value: it may never have existed here, have expired, been revoked, or (a refresh token) been used already and rotated. RFC 7662 §2.2 has it say only {"active": false}, never which, so that probing tokens teaches an attacker nothing.'
  }
  const parts = [
    typeof body.token_type === 'string'
      ? `a ${body.token_type} access token`
      : kind === 'refresh_token'
        ? 'a refresh token'
        : 'a token',
    typeof body.client_id === 'string' ? `issued to the client ${body.client_id}` : '',
    typeof body.username === 'string'
      ? `for the user ${body.username}`
      : typeof body.sub === 'string'
        ? `for ${body.sub}`
        : '',
    typeof body.scope === 'string' ? `with scope "${body.scope}"` : '',
    typeof body.exp === 'number' ? `until ${formatNumericDate(body.exp)}` : '',
  ].filter(Boolean)
  return `Active: the authorization server's records say this is ${parts.join(', ')}. That is everything an opaque token means: the value itself carries none of it.`
}
