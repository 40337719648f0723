import { describe, expect, it } from 'vitest'
import {
  base64UrlDecode,
  base64UrlEncode,
  base64UrlToUtf8,
  isBase64Url,
  utf8ToBase64Url,
} from './base64url.ts'
import {
  computeCodeChallenge,
  createCodeVerifier,
  isValidCodeVerifier,
  verifyCodeVerifier,
} from './pkce.ts'

// RFC 7636 Appendix B.
const OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105,
  214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
]
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'

describe('PKCE (RFC 7636)', () => {
  it('turns the Appendix B octets into the Appendix B verifier', () => {
    expect(createCodeVerifier(() => Uint8Array.from(OCTETS))).toBe(VERIFIER)
  })

  it('derives the Appendix B S256 challenge', async () => {
    expect(await computeCodeChallenge(VERIFIER, 'S256')).toBe(CHALLENGE)
  })

  it('derives the OAuth 2.1 example challenge', async () => {
    expect(
      await computeCodeChallenge(
        '3641a2d12d66101249cdf7a79c000c1f8c05d2aafcf14bf146497bed',
        'S256',
      ),
    ).toBe('6fdkQaPm51l13DSukcAH3Mdx7_ntecHYd1vi3n0hMZY')
  })

  it('uses the verifier itself for plain', async () => {
    expect(await computeCodeChallenge(VERIFIER, 'plain')).toBe(VERIFIER)
  })

  it('verifies matching pairs and rejects others', async () => {
    expect(await verifyCodeVerifier(VERIFIER, CHALLENGE, 'S256')).toBe(true)
    expect(await verifyCodeVerifier(VERIFIER, VERIFIER, 'plain')).toBe(true)
    expect(await verifyCodeVerifier(VERIFIER, CHALLENGE, 'plain')).toBe(false)
    expect(await verifyCodeVerifier(VERIFIER.replace('d', 'e'), CHALLENGE, 'S256')).toBe(false)
    expect(await verifyCodeVerifier('short', 'short', 'plain')).toBe(false)
  })

  it('checks the verifier syntax: 43 to 128 unreserved characters', () => {
    expect(isValidCodeVerifier('a'.repeat(42))).toBe(false)
    expect(isValidCodeVerifier('a'.repeat(43))).toBe(true)
    expect(isValidCodeVerifier('a'.repeat(128))).toBe(true)
    expect(isValidCodeVerifier('a'.repeat(129))).toBe(false)
    expect(isValidCodeVerifier(`${'a'.repeat(42)}+`)).toBe(false)
    expect(isValidCodeVerifier(`${'a'.repeat(40)}-._~`)).toBe(true)
  })

  it('makes 43-character verifiers from fresh randomness', () => {
    const a = createCodeVerifier()
    expect(a).toHaveLength(43)
    expect(isValidCodeVerifier(a)).toBe(true)
    expect(createCodeVerifier()).not.toBe(a)
  })
})

describe('base64url', () => {
  it('round-trips bytes without padding', () => {
    const bytes = Uint8Array.from([251, 255, 191, 0, 1])
    expect(base64UrlEncode(bytes)).toBe('-_-_AAE')
    expect(base64UrlDecode('-_-_AAE')).toEqual(bytes)
  })

  it('rejects text that is not base64url', () => {
    expect(isBase64Url('ab+c')).toBe(false)
    expect(isBase64Url('abcde')).toBe(false)
    expect(base64UrlDecode('abc=')).toBeUndefined()
  })

  it('encodes and decodes UTF-8 text', () => {
    expect(utf8ToBase64Url('{"alg":"none"}')).toBe('eyJhbGciOiJub25lIn0')
    expect(base64UrlToUtf8('eyJhbGciOiJub25lIn0')).toBe('{"alg":"none"}')
    expect(base64UrlToUtf8(base64UrlEncode(Uint8Array.from([0xff, 0xfe])))).toBeUndefined()
  })
})
