/**
 * Decoding one segment of a compact JOSE token (RFC 7515 §7.1, RFC 7516 §7.1): base64url
 * without padding (RFC 7515 §2, RFC 4648 §5), then UTF-8. Unlike a plain decoder, it says exactly
 * which character is wrong and still decodes what it can, so a learner sees the rest.
 */

export interface SegmentDecode {
  /** The decoded bytes, or null when the text cannot be decoded at all. */
  bytes: Uint8Array | null
  /** Errors: the segment is not valid base64url, even if it could still be decoded. */
  errors: string[]
  /** Warnings: valid enough to use, but worth knowing. */
  warnings: string[]
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * Decodes a base64url segment named `label` ("Header", "Payload", ...). Positions in messages count
 * characters of the segment from 1. Padding is reported and ignored; standard-base64 `+` and `/`
 * are reported and still decoded; other foreign characters stop the decode.
 */
export function decodeSegment(label: string, text: string): SegmentDecode {
  const errors: string[] = []
  const warnings: string[] = []
  let body = text
  const padding = /=+$/.exec(text)
  if (padding) {
    const count = padding[0].length
    errors.push(
      `${label}: ends with ${count === 1 ? "a padding '=' character" : `${count} padding '=' characters`} (from character ${padding.index + 1}); JOSE segments are base64url without padding (RFC 7515 §2). Decoded without ${count === 1 ? 'it' : 'them'}.`,
    )
    body = text.slice(0, padding.index)
  }

  let decodable = true
  for (let index = 0; index < body.length; index++) {
    const c = body[index] ?? ''
    if (ALPHABET.includes(c)) continue
    errors.push(`${label}: not base64url at character ${index + 1} (${describe(c)}); ${hint(c)}`)
    if (c !== '+' && c !== '/') decodable = false
    break
  }
  if (body.length % 4 === 1) {
    errors.push(
      `${label}: ${body.length} characters is not a possible base64url length (4n+1 characters cannot encode whole bytes); a character was probably lost or added when copying.`,
    )
    decodable = false
  }
  if (!decodable) return { bytes: null, errors, warnings }

  const bytes = decodeBody(body.replace(/\+/g, '-').replace(/\//g, '_'))
  if (!hasCanonicalTail(body)) {
    warnings.push(
      `${label}: the last character carries bits that should be zero (non-canonical base64url, RFC 4648 §3.5); it decodes to the same bytes as the canonical form, so a changed last character need not change the token's meaning.`,
    )
  }
  return { bytes, errors, warnings }
}

/** Encodes bytes as unpadded base64url (RFC 4648 §5). */
export function encodeSegment(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((v) => ALPHABET[v] ?? '')
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join('')
  }
  return out
}

/** UTF-8 text, then base64url. */
export function encodeTextSegment(text: string): string {
  return encodeSegment(new TextEncoder().encode(text))
}

/**
 * Decodes UTF-8 strictly. Returns the text, or the 0-based offset of the first byte that is not
 * part of a well-formed UTF-8 sequence.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (need === 0) return { badByte: i }
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf]
    const second = bytes[i + 1] ?? -1
    if (second < low || second > high) return { badByte: i }
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { badByte: i }
    i += need + 1
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
}

function decodeBody(body: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4))
  let bits = 0
  let value = 0
  let out = 0
  for (const c of body) {
    value = (value << 6) | ALPHABET.indexOf(c)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (value >> bits) & 0xff
    }
  }
  return bytes
}

function hasCanonicalTail(body: string): boolean {
  const unused = { 0: 0, 2: 4, 3: 2 }[(body.length % 4) as 0 | 2 | 3]
  if (!unused) return true
  const last = ALPHABET.indexOf(body[body.length - 1] ?? 'A')
  return (last & ((1 << unused) - 1)) === 0
}

function describe(c: string): string {
  if (c === ' ') return 'a space'
  if (c === '\n' || c === '\r') return 'a line break'
  if (c === '\t') return 'a tab'
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return c < ' ' || c > '~' ? `'${c}', ${code}` : `'${c}'`
}

function hint(c: string): string {
  if (c === '+' || c === '/') {
    return "'+' and '/' belong to standard base64; base64url uses '-' and '_' instead (RFC 4648 §5). Decoded as if they were."
  }
  if (c === '=')
    return "'=' is padding and may appear only at the end, and JOSE omits it anyway (RFC 7515 §2)."
  if (c === '…')
    return 'an ellipsis usually means the token was shortened for display; copy the whole token.'
  if (c === '"' || c === "'") return 'quotes are not part of a token; copy the value without them.'
  return 'base64url uses only A-Z, a-z, 0-9, - and _ (RFC 4648 §5).'
}
