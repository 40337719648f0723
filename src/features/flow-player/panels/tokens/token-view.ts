import { decodeJwt, decodeProtectedHeader } from 'jose'
import type { TokenKind } from '../../../../shared/inspector-link'
import { formatDuration } from '../../../../protocol/jwt/time'

export interface ClaimRow {
  name: string
  /** What the claim is, in a few words: "Issuer", "Expires". */
  meaning: string
  /** The value as text: strings as they are, arrays joined, objects as JSON. */
  value: string
  /** For NumericDate claims (RFC 7519 §2): the date as ISO 8601 UTC and relative to now. */
  time?: { iso: string; relative: string }
}

export type TokenView =
  | { format: 'jwt'; header: ClaimRow[]; claims: ClaimRow[] }
  | { format: 'opaque'; why: string }
  | { format: 'unreadable'; why: string }

const MEANINGS: Record<string, string> = {
  iss: 'Issuer',
  sub: 'Subject (the user)',
  aud: 'Audience (who may accept it)',
  client_id: 'Client it was issued to',
  azp: 'Authorized party',
  scope: 'Scope granted',
  exp: 'Expires',
  iat: 'Issued at',
  nbf: 'Not valid before',
  auth_time: 'User authenticated at',
  jti: 'Token id',
  nonce: 'Nonce the client sent',
  at_hash: 'Hash of the access token',
  c_hash: 'Hash of the code',
  sid: 'Session id',
  acr: 'Authentication context',
  amr: 'Authentication methods',
  name: 'Name',
  email: 'Email',
  email_verified: 'Email verified',
  alg: 'Signing algorithm',
  typ: 'Token type',
  kid: 'Key id',
}
/** Claims a learner looks for first, in this order; the rest follow as the token lists them. */
const ORDER = [
  'iss',
  'sub',
  'aud',
  'client_id',
  'azp',
  'scope',
  'exp',
  'iat',
  'nbf',
  'auth_time',
  'jti',
  'nonce',
  'at_hash',
  'c_hash',
]
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time'])

const WHY_OPAQUE: Record<TokenKind, string> = {
  refresh_token:
    'This refresh token is opaque: a random reference, not a JWT, so there is nothing inside to decode. Only the authorization server can look it up; the client keeps it secret and sends it back to the token endpoint for new access tokens (RFC 6749 §1.5, §6).',
  access_token:
    'This access token is opaque: a random reference, not a JWT. The resource server cannot read it and must ask the authorization server what it means, by token introspection (RFC 7662).',
  id_token: 'An ID token must be a JWT (OpenID Connect Core §2), but this value is not one.',
}

/** "in 4 min 12 s", "3 min ago", "now": the inspector's duration wording, against the lab's clock. */
export function relativeTime(seconds: number, nowMs: number): string {
  const delta = Math.round(seconds - nowMs / 1000)
  if (delta === 0) return 'now'
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(', ')
  return JSON.stringify(value)
}

function rows(record: Record<string, unknown>, nowMs: number, ordered: boolean): ClaimRow[] {
  const names = Object.keys(record)
  const sorted = ordered
    ? [
        ...ORDER.filter((name) => names.includes(name)),
        ...names.filter((name) => !ORDER.includes(name)),
      ]
    : names
  return sorted.map((name) => {
    const value = record[name]
    const row: ClaimRow = { name, meaning: MEANINGS[name] ?? '', value: asText(value) }
    if (TIME_CLAIMS.has(name) && typeof value === 'number' && Number.isFinite(value)) {
      const date = new Date(value * 1000)
      if (!Number.isNaN(date.getTime()))
        row.time = {
          iso: date.toISOString().replace('.000Z', 'Z'),
          relative: relativeTime(value, nowMs),
        }
    }
    return row
  })
}

/**
 * Reads a token for the token panel without verifying it (verification is the inspector's job):
 * a JWS's header and claims (RFC 7515 §7.1, RFC 7519), or why there is nothing to decode.
 */
export function viewToken(value: string, nowMs: number, kind?: TokenKind): TokenView {
  const segments = value.split('.')
  if (segments.length === 5) {
    return {
      format: 'unreadable',
      why: 'This is an encrypted JWT (JWE, five segments): only the holder of the decryption key can read its claims (RFC 7516).',
    }
  }
  if (segments.length !== 3) {
    return {
      format: 'opaque',
      why: kind
        ? WHY_OPAQUE[kind]
        : 'This token is opaque: a reference, not a JWT, so there is nothing inside to decode.',
    }
  }
  try {
    const header = decodeProtectedHeader(value) as Record<string, unknown>
    const claims = decodeJwt(value) as Record<string, unknown>
    return { format: 'jwt', header: rows(header, nowMs, false), claims: rows(claims, nowMs, true) }
  } catch (error) {
    return {
      format: 'unreadable',
      why: `Looks like a JWT (three segments) but does not decode: ${(error as Error).message}. Open it in the inspector for a segment-by-segment diagnosis.`,
    }
  }
}
