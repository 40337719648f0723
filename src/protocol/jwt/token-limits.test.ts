import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { encodeTextSegment } from './segment-codec'
import { formatCount, TOKEN_LIMITS } from './token-limits'

const HEADER = encodeTextSegment('{"alg":"HS256","typ":"JWT"}')

describe('decodeToken on pastes far past any real token', () => {
  it('10,000 dots: six segments decoded and shown, the rest counted', () => {
    const decoded = decodeToken('.'.repeat(10_000))
    expect(decoded.format).toBe('malformed')
    expect(decoded.segments).toHaveLength(TOKEN_LIMITS.segments)
    expect(decoded.errors[0]).toMatch(/^The token has 10,001 segments \(10,000 dots\)/)
    expect(decoded.errors.length).toBeLessThanOrEqual(TOKEN_LIMITS.segments + 1)
    expect(decoded.cut).toEqual([
      'Only the first 6 of the 10,001 segments are decoded and shown; the other 9,995 segments (9,995 characters) are left out. A JWS has 3 segments and a JWE 5.',
    ])
    expect(decoded.oversized).toBe(false)
  })

  it('a 1 MB JWT-shaped paste: the header decodes, the payload is counted, not decoded', () => {
    const payload = encodeTextSegment(JSON.stringify({ sub: 'alice', blob: 'x'.repeat(750_000) }))
    const decoded = decodeToken(`${HEADER}.${payload}.c2ln`)
    expect(decoded.format).toBe('jws')
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(decoded.payload).toBeNull()
    expect(decoded.segments[1]).toMatchObject({ role: 'payload', tooLong: true, bytes: null })
    expect(decoded.oversized).toBe(true)
    expect(decoded.cut).toEqual([
      `Payload: ${payload.length.toLocaleString('en-US')} characters, more than the 65,536 the inspector decodes in one segment, so it was not decoded. Real tokens are a few kB; servers commonly refuse request headers past 8 to 16 kB.`,
    ])
  })

  it('decodes a segment of exactly the limit', () => {
    const claims = JSON.stringify({ sub: 'a', pad: '' })
    const padded = JSON.stringify({
      sub: 'a',
      pad: 'p'.repeat(((TOKEN_LIMITS.segmentChars / 4) * 3 - claims.length) | 0),
    })
    const payload = encodeTextSegment(padded)
    expect(payload.length).toBe(TOKEN_LIMITS.segmentChars)
    const decoded = decodeToken(`${HEADER}.${payload}.c2ln`)
    expect(decoded.payload).toMatchObject({ sub: 'a' })
    expect(decoded.cut).toEqual([])
  })

  it('an opaque paste of 200 kB is counted and left unexamined', () => {
    const decoded = decodeToken('o'.repeat(200_000))
    expect(decoded.format).toBe('opaque')
    expect(decoded.oversized).toBe(true)
    expect(decoded.cut[0]).toMatch(/^The token is 200,000 characters long/)
  })
})

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect([0, 999, 1000, 65_536, 1_000_084, 12_345_678].map(formatCount)).toEqual([
      '0',
      '999',
      '1,000',
      '65,536',
      '1,000,084',
      '12,345,678',
    ])
  })
})
