import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { encodeSegment, encodeTextSegment } from './segment-codec'

const JWT = `${encodeTextSegment('{"alg":"ES256"}')}.${encodeTextSegment('{"sub":"alice"}')}.${encodeSegment(new Uint8Array(64))}`
const HEADER_NOTE =
  'The text is an HTTP Authorization header line (RFC 9110 §11.6.2): the header name is not part of the token; it was left out.'
const BEARER_NOTE =
  'The text starts with "Bearer ": that is the scheme of the Authorization header (RFC 6750 §2.1), not part of the token; it was left out.'
const QUOTES_NOTE = 'The token was wrapped in quotes, which are not part of it; they were left out.'

describe('decodeToken: what is pasted around a token', () => {
  it.each([
    [`Authorization: Bearer ${JWT}`, [HEADER_NOTE, BEARER_NOTE]],
    [`authorization:Bearer  ${JWT}\r\n`, [HEADER_NOTE, BEARER_NOTE]],
    [`"Authorization: Bearer ${JWT}"`, [QUOTES_NOTE, HEADER_NOTE, BEARER_NOTE]],
    [`Bearer "${JWT}"`, [BEARER_NOTE, QUOTES_NOTE]],
  ])('an Authorization header line decodes: %j', (input, notes) => {
    const decoded = decodeToken(input)
    expect(decoded.token).toBe(JWT)
    expect(decoded.format).toBe('jws')
    expect(decoded.payload).toEqual({ sub: 'alice' })
    expect(decoded.warnings).toEqual(notes)
    expect(decoded.errors).toEqual([])
  })

  it('counts whitespace in a huge paste without one match per character', () => {
    const decoded = decodeToken(`${JWT.slice(0, 10)}\n${' '.repeat(500_000)}${JWT.slice(10)}`)
    expect(decoded.token).toBe(JWT)
    expect(decoded.errors).toEqual([
      'The token contains whitespace: a line break at character 11 and 500,000 more whitespace characters. Tokens never contain whitespace (a wrapped line was probably copied); it was removed to decode the rest.',
    ])
  })
})
