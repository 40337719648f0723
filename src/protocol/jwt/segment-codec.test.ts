import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeSegment, decodeUtf8, encodeSegment, encodeTextSegment } from './segment-codec'

describe('segment codec', () => {
  it('encodes like RFC 4648 §10 test vectors, without padding', () => {
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(encodeTextSegment)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ])
    expect(encodeSegment(new Uint8Array([0xfb, 0xff]))).toBe('-_8')
    expect(encodeTextSegment('{"alg":"none"}')).toBe('eyJhbGciOiJub25lIn0')
  })

  it('decodes what it encodes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(decodeSegment('X', encodeSegment(bytes))).toEqual({
          bytes,
          errors: [],
          warnings: [],
        })
      }),
    )
  })

  it('agrees with Node on base64url decoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64url')
        expect(encodeSegment(bytes)).toBe(text)
        expect(decodeSegment('X', text).bytes).toEqual(bytes)
      }),
    )
  })

  it('warns about a last character with non-zero spare bits', () => {
    // "Zg" is canonical for "f"; "Zh" decodes to the same byte.
    expect(decodeSegment('Signature', 'Zh')).toEqual({
      bytes: new Uint8Array([0x66]),
      errors: [],
      warnings: [
        "Signature: the last character carries bits that should be zero (non-canonical base64url, RFC 4648 §3.5); it decodes to the same bytes as the canonical form, so a changed last character need not change the token's meaning.",
      ],
    })
  })

  it('finds the first byte that is not UTF-8', () => {
    expect(decodeUtf8(new TextEncoder().encode('{"n":"é"}'))).toEqual({ text: '{"n":"é"}' })
    expect(decodeUtf8(new Uint8Array([0x41, 0xc3, 0x28]))).toEqual({ badByte: 1 })
    expect(decodeUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toEqual({ badByte: 1 }) // a UTF-16 surrogate
    expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toEqual({ badByte: 0 }) // overlong '/'
    expect(decodeUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toEqual({ badByte: 1 }) // cut short
  })

  it('agrees with TextDecoder on which byte strings are UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        } catch {
          valid = false
        }
        expect('text' in decodeUtf8(bytes)).toBe(valid)
      }),
      { numRuns: 3000 },
    )
  })
})
