/**
 * Decoding a token without trusting it: JWS compact (RFC 7515 §7.1), JWE compact (RFC 7516 §7.1)
 * or an opaque reference token. A broken segment never hides the others: every segment is decoded
 * on its own and each problem is reported precisely.
 */
import { cleanInput } from './clean-input'
import { decodeSegment } from './segment-codec'
import { readJsonSegment } from './json-segment'
import { checkJwsHeader, checkJwsPayload, checkJwsSignature } from './jws-checks'
import { formatCount, plural, TOKEN_LIMITS } from './token-limits'

export type TokenFormat = 'empty' | 'jws' | 'jwe' | 'opaque' | 'malformed'
export type SegmentRole =
  'header' | 'payload' | 'signature' | 'encrypted_key' | 'iv' | 'ciphertext' | 'tag' | 'extra'

export interface TokenSegment {
  role: SegmentRole
  label: string
  /** The segment's text as it appears in `token`. */
  text: string
  /** Offset of the segment in `token`, for colouring the raw token. */
  start: number
  bytes: Uint8Array | null
  /** The decoded text, when the segment holds UTF-8 (header and payload). */
  decodedText: string | null
  /** Where the decoded text stops being JSON (0-based), when it does. */
  jsonErrorAt?: number
  /** Longer than TOKEN_LIMITS.segmentChars, so not decoded at all. */
  tooLong?: true
}

export interface TokenDecode {
  /** What was pasted. */
  input: string
  /** The token that was decoded: trimmed, without a "Bearer " prefix or inner whitespace. */
  token: string
  format: TokenFormat
  segments: TokenSegment[]
  header: Record<string, unknown> | null
  payload: Record<string, unknown> | null
  signature: Uint8Array | null
  /** Each thing that makes the token invalid as pasted, most basic first. */
  errors: string[]
  /** Things worth knowing that do not make the token undecodable. */
  warnings: string[]
  /** What was left out because the paste is too big (TOKEN_LIMITS), one sentence each. */
  cut: string[]
  /** Some of the token was not decoded: checks that need all of it (verification) cannot run. */
  oversized: boolean
}

const JWS_ROLES: SegmentRole[] = ['header', 'payload', 'signature']
const JWE_ROLES: SegmentRole[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag']
const LABELS: Record<SegmentRole, string> = {
  header: 'Header',
  payload: 'Payload',
  signature: 'Signature',
  encrypted_key: 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
  extra: 'Extra segment',
}

/** Decodes whatever `input` holds and explains each problem. Never throws. */
export function decodeToken(input: string): TokenDecode {
  const errors: string[] = []
  const warnings: string[] = []
  const token = cleanInput(input, errors, warnings)
  const result: TokenDecode = {
    input,
    token,
    format: 'empty',
    segments: [],
    header: null,
    payload: null,
    signature: null,
    errors,
    warnings,
    cut: [],
    oversized: false,
  }
  if (token === '') {
    errors.push(
      'The token is empty: paste a JWT (three base64url segments separated by dots) or any other token.',
    )
    return result
  }

  const parts = token.split('.')
  if (parts.length === 1) {
    result.format = 'opaque'
    if (token.length > TOKEN_LIMITS.opaqueChars) {
      result.oversized = true
      result.cut.push(
        `The token is ${plural(token.length, 'character')} long, more than the ${formatCount(TOKEN_LIMITS.opaqueChars)} the inspector examines: only its start is shown, and it is not sent for introspection. Real tokens are a few kB.`,
      )
    }
    return result
  }
  result.format = parts.length === 3 ? 'jws' : parts.length === 5 ? 'jwe' : 'malformed'
  if (result.format === 'malformed') {
    errors.push(
      `The token has ${formatCount(parts.length)} segments (${plural(parts.length - 1, 'dot')}); a JWS has 3 (header.payload.signature, RFC 7515 §7.1) and a JWE has 5 (RFC 7516 §7.1).${parts.length === 2 ? ' The signature segment and the dot before it are missing.' : ''}`,
    )
  }
  const roles = result.format === 'jwe' ? JWE_ROLES : JWS_ROLES

  const shown = parts.slice(0, TOKEN_LIMITS.segments)
  if (parts.length > shown.length) {
    result.cut.push(
      `Only the first ${shown.length} of the ${formatCount(parts.length)} segments are decoded and shown; the other ${plural(parts.length - shown.length, 'segment')} (${formatCount(token.length - shown.join('.').length)} characters) are left out. A JWS has 3 segments and a JWE 5.`,
    )
  }
  let offset = 0
  for (const [index, text] of shown.entries()) {
    const role = roles[index] ?? 'extra'
    const label = role === 'extra' ? `Segment ${index + 1}` : LABELS[role]
    const segment: TokenSegment = {
      role,
      label,
      text,
      start: offset,
      bytes: null,
      decodedText: null,
    }
    offset += text.length + 1
    result.segments.push(segment)
    if (text === '') {
      if (role !== 'signature' && role !== 'encrypted_key') errors.push(emptyMessage(label, role))
      continue
    }
    if (text.length > TOKEN_LIMITS.segmentChars) {
      segment.tooLong = true
      result.oversized = true
      result.cut.push(
        `${label}: ${plural(text.length, 'character')}, more than the ${formatCount(TOKEN_LIMITS.segmentChars)} the inspector decodes in one segment, so it was not decoded. Real tokens are a few kB; servers commonly refuse request headers past 8 to 16 kB.`,
      )
      continue
    }
    const decoded = decodeSegment(label, text)
    errors.push(...decoded.errors)
    warnings.push(...decoded.warnings)
    segment.bytes = decoded.bytes
    if (!decoded.bytes) continue
    if (role === 'header' || role === 'payload') {
      const json = readJsonSegment(
        label,
        decoded.bytes,
        role === 'header' ? 'a JOSE header (RFC 7515 §4)' : 'a JWT claims set (RFC 7519 §7.2)',
      )
      segment.decodedText = json.text
      if (json.jsonErrorAt !== undefined) segment.jsonErrorAt = json.jsonErrorAt
      errors.push(...json.errors)
      warnings.push(...json.warnings)
      if (role === 'header') result.header = json.object
      else result.payload = json.object
    }
    if (role === 'signature') result.signature = decoded.bytes
  }

  if (result.format === 'jwe') {
    if (result.header && typeof result.header.enc !== 'string') {
      errors.push(
        'Header has no enc: a five-segment token is a JWE, whose header must name its content encryption (RFC 7516 §4.1.2).',
      )
    }
    return result
  }
  if (result.header) checkJwsHeader(result.header, result.format === 'jws', errors, warnings)
  if (result.payload) checkJwsPayload(result.payload, result.header, warnings)
  if (parts.length >= 3 && !result.segments[2]?.tooLong)
    checkJwsSignature(parts[2] ?? '', result.signature, result.header, errors)
  return result
}

function emptyMessage(label: string, role: SegmentRole): string {
  if (role === 'payload') {
    return 'Payload segment is empty: a JWT needs its claims here (an empty payload only appears with a detached payload, RFC 7515 Appendix F, which a bearer token never uses).'
  }
  return `${label} segment is empty: two dots with nothing between them.`
}
