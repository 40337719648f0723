import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { encodeSegment, encodeTextSegment } from './segment-codec'

const h = (json: string) => encodeTextSegment(json)
const ES256_HEADER = h('{"alg":"ES256","typ":"at+jwt","kid":"k1"}')
const PAYLOAD = h('{"iss":"https://auth.photos.example","sub":"alice","exp":1700000000}')
const SIG64 = encodeSegment(new Uint8Array(64).fill(7))
const GOOD = `${ES256_HEADER}.${PAYLOAD}.${SIG64}`
/** Its base64url holds a '-' ("~~~" encodes as "fn5-"), to swap for standard base64's '+'. */
const TILDE_HEADER = h('{"alg":"ES256","kid":"~~~~~~"}')
/** PAYLOAD plus enough characters to make a 4n+1 length. */
const PAYLOAD_4N1 = PAYLOAD + 'A'.repeat((5 - (PAYLOAD.length % 4)) % 4 || 4)

describe('decodeToken: well-formed tokens', () => {
  it('has test fixtures that hold what the table below relies on', () => {
    expect(TILDE_HEADER).toContain('-')
    expect(PAYLOAD_4N1.length % 4).toBe(1)
  })

  it('decodes a JWS into header, payload and signature with their offsets', () => {
    const decoded = decodeToken(GOOD)
    expect(decoded.format).toBe('jws')
    expect(decoded.errors).toEqual([])
    expect(decoded.warnings).toEqual([])
    expect(decoded.header).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' })
    expect(decoded.payload).toEqual({
      iss: 'https://auth.photos.example',
      sub: 'alice',
      exp: 1700000000,
    })
    expect(decoded.signature).toEqual(new Uint8Array(64).fill(7))
    expect(decoded.segments.map((s) => [s.role, s.start, s.text.length])).toEqual([
      ['header', 0, ES256_HEADER.length],
      ['payload', ES256_HEADER.length + 1, PAYLOAD.length],
      ['signature', ES256_HEADER.length + PAYLOAD.length + 2, SIG64.length],
    ])
  })

  it('records where a segment stops being JSON, for marking it on screen', () => {
    const decoded = decodeToken(`${ES256_HEADER}.${h('{"sub":alice}')}.${SIG64}`)
    expect(decoded.segments[1]).toMatchObject({ decodedText: '{"sub":alice}', jsonErrorAt: 7 })
    expect(decoded.segments[0]?.jsonErrorAt).toBeUndefined()
  })

  it('recognises a JWE by its five segments and decodes only its header', () => {
    const jwe = `${h('{"alg":"RSA-OAEP-256","enc":"A256GCM"}')}.${encodeSegment(new Uint8Array(256))}.${encodeSegment(new Uint8Array(12))}.${encodeSegment(new Uint8Array(40))}.${encodeSegment(new Uint8Array(16))}`
    const decoded = decodeToken(jwe)
    expect(decoded.format).toBe('jwe')
    expect(decoded.errors).toEqual([])
    expect(decoded.header).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
    expect(decoded.payload).toBeNull()
    expect(decoded.segments.map((s) => s.label)).toEqual([
      'Header',
      'Encrypted key',
      'Initialization vector',
      'Ciphertext',
      'Authentication tag',
    ])
  })

  it('recognises an opaque token (no dots) without calling it an error', () => {
    const decoded = decodeToken('Rt_2YQk4bX8mJ0aZ5cVnq3wL9pE7sH1d')
    expect(decoded).toMatchObject({ format: 'opaque', errors: [], warnings: [], segments: [] })
  })

  it('leaves out a "Bearer " prefix and surrounding quotes, saying so', () => {
    const decoded = decodeToken(`  Bearer "${GOOD}"\n`)
    expect(decoded.token).toBe(GOOD)
    expect(decoded.errors).toEqual([])
    expect(decoded.warnings).toEqual([
      'The text starts with "Bearer ": that is the scheme of the Authorization header (RFC 6750 §2.1), not part of the token; it was left out.',
      'The token was wrapped in quotes, which are not part of it; they were left out.',
    ])
  })

  it('accepts an unsecured JWS only with an empty signature, and warns', () => {
    const decoded = decodeToken(`${h('{"alg":"none"}')}.${PAYLOAD}.`)
    expect(decoded.segments[0]?.text).toBe('eyJhbGciOiJub25lIn0')
    expect(decoded.errors).toEqual([])
    expect(decoded.warnings).toEqual([
      'Header alg is none: an unsecured JWS (RFC 7515 Appendix A.5) has no signature, so anyone could have written it; a verifier must refuse it (RFC 8725 §3.1).',
    ])
  })
})

const NOT_OBJECT = 'is a JSON object.'
describe('decodeToken: malformed tokens, each with its exact message', () => {
  it.each<[string, string, string[]]>([
    [
      'empty input',
      '   ',
      [
        'The token is empty: paste a JWT (three base64url segments separated by dots) or any other token.',
      ],
    ],
    [
      'two segments',
      `${ES256_HEADER}.${PAYLOAD}`,
      [
        'The token has 2 segments (1 dot); a JWS has 3 (header.payload.signature, RFC 7515 §7.1) and a JWE has 5 (RFC 7516 §7.1). The signature segment and the dot before it are missing.',
      ],
    ],
    [
      'four segments',
      `${GOOD}.${SIG64}`,
      [
        'The token has 4 segments (3 dots); a JWS has 3 (header.payload.signature, RFC 7515 §7.1) and a JWE has 5 (RFC 7516 §7.1).',
      ],
    ],
    [
      'a line break inside',
      `${ES256_HEADER.slice(0, 20)}\n${ES256_HEADER.slice(20)}.${PAYLOAD}.${SIG64} `,
      [
        'The token contains whitespace: a line break at character 21. Tokens never contain whitespace (a wrapped line was probably copied); it was removed to decode the rest.',
      ],
    ],
    [
      'standard base64 characters',
      `${TILDE_HEADER.replace('-', '+')}.${PAYLOAD}.${SIG64}`,
      [
        `Header: not base64url at character ${TILDE_HEADER.indexOf('-') + 1} ('+'); '+' and '/' belong to standard base64; base64url uses '-' and '_' instead (RFC 4648 §5). Decoded as if they were.`,
      ],
    ],
    [
      'a truncated token',
      `${ES256_HEADER}.${PAYLOAD.slice(0, 10)}…`,
      [
        'The token has 2 segments (1 dot); a JWS has 3 (header.payload.signature, RFC 7515 §7.1) and a JWE has 5 (RFC 7516 §7.1). The signature segment and the dot before it are missing.',
        "Payload: not base64url at character 11 ('…', U+2026); an ellipsis usually means the token was shortened for display; copy the whole token.",
      ],
    ],
    [
      'empty header segment',
      `.${PAYLOAD}.${SIG64}`,
      ['Header segment is empty: two dots with nothing between them.'],
    ],
    [
      'empty payload segment',
      `${ES256_HEADER}..${SIG64}`,
      [
        'Payload segment is empty: a JWT needs its claims here (an empty payload only appears with a detached payload, RFC 7515 Appendix F, which a bearer token never uses).',
      ],
    ],
    [
      'padding characters',
      `${h('{"alg":"ES256"}')}==.${PAYLOAD}.${SIG64}`,
      [
        "Header: ends with 2 padding '=' characters (from character 21); JOSE segments are base64url without padding (RFC 7515 §2). Decoded without them.",
      ],
    ],
    [
      'an impossible length',
      `${ES256_HEADER}.${PAYLOAD_4N1}.${SIG64}`,
      [
        `Payload: ${PAYLOAD_4N1.length} characters is not a possible base64url length (4n+1 characters cannot encode whole bytes); a character was probably lost or added when copying.`,
      ],
    ],
    [
      'a header that is not JSON',
      `${h('{"alg":"ES256",}')}.${PAYLOAD}.${SIG64}`,
      [
        "Header is not JSON at position 15: Unexpected token '}' where a property name in double quotes was expected.",
      ],
    ],
    [
      'a payload that is not JSON',
      `${ES256_HEADER}.${h('{"sub":alice}')}.${SIG64}`,
      [
        "Payload is not JSON at position 7: Unexpected token 'a' where a value (an object, array, string, number, true, false or null) was expected.",
      ],
    ],
    [
      'a header that is an array',
      `${h('["ES256"]')}.${PAYLOAD}.${SIG64}`,
      [`Header is JSON but an array, not an object; a JOSE header (RFC 7515 §4) ${NOT_OBJECT}`],
    ],
    [
      'a payload that is a string',
      `${ES256_HEADER}.${h('"alice"')}.${SIG64}`,
      [
        `Payload is JSON but a string, not an object; a JWT claims set (RFC 7519 §7.2) ${NOT_OBJECT}`,
      ],
    ],
    [
      'a header with no alg',
      `${h('{"typ":"JWT"}')}.${PAYLOAD}.${SIG64}`,
      ['Header has no alg: every JWS header must name its signature algorithm (RFC 7515 §4.1.1).'],
    ],
    [
      'an alg that is a number',
      `${h('{"alg":256}')}.${PAYLOAD}.${SIG64}`,
      ['Header alg is a number, not a string (RFC 7515 §4.1.1).'],
    ],
    [
      'a header that is not UTF-8',
      `${encodeSegment(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))}.${PAYLOAD}.${SIG64}`,
      [
        'Header is not UTF-8 text: byte 3 (0xFF) does not start a valid UTF-8 sequence, so it cannot be JSON; a JOSE header (RFC 7515 §4) is UTF-8 JSON.',
      ],
    ],
    [
      'a stripped signature',
      `${ES256_HEADER}.${PAYLOAD}.`,
      [
        'Signature segment is empty, but the header says alg ES256: the signature was stripped, so nothing proves who wrote this token.',
      ],
    ],
    [
      'alg none with a signature',
      `${h('{"alg":"none"}')}.${PAYLOAD}.${SIG64}`,
      [
        'Signature is not empty, but alg none means no signature: an unsecured JWS ends with a dot and nothing after it (RFC 7515 Appendix A.5).',
      ],
    ],
    [
      'a DER-encoded ES256 signature',
      `${ES256_HEADER}.${PAYLOAD}.${encodeSegment(new Uint8Array([0x30, 0x44, ...new Uint8Array(68)]))}`,
      [
        'Signature is 70 bytes, but ES256 signatures are exactly 64 bytes (R and S, 32 bytes each; RFC 7518 §3.4). It starts with 0x30, so it looks DER-encoded; JWS uses the raw R‖S form.',
      ],
    ],
    [
      'a short RSA signature',
      `${h('{"alg":"RS256"}')}.${PAYLOAD}.${encodeSegment(new Uint8Array(128))}`,
      [
        'Signature is 128 bytes; RS256 needs an RSA key of at least 2048 bits, whose signatures are at least 256 bytes (RFC 7518 §3.3).',
      ],
    ],
    [
      'a JWE header in a three-segment token',
      `${h('{"alg":"dir","enc":"A128GCM"}')}.${PAYLOAD}.${SIG64}`,
      [
        'Header has enc, a JWE parameter (RFC 7516 §4.1.2), but this token has 3 segments; a JWE has 5.',
      ],
    ],
    [
      'a JWE with no enc',
      `${h('{"alg":"dir"}')}..${SIG64}.${SIG64}.${SIG64}`,
      [
        'Header has no enc: a five-segment token is a JWE, whose header must name its content encryption (RFC 7516 §4.1.2).',
      ],
    ],
    [
      'an invalid character in the signature',
      `${ES256_HEADER}.${PAYLOAD}.${SIG64.slice(0, 5)}"${SIG64.slice(6)}`,
      [
        "Signature: not base64url at character 6 ('\"'); quotes are not part of a token; copy the value without them.",
      ],
    ],
  ])('%s', (_name, token, errors) => {
    expect(decodeToken(token).errors).toEqual(errors)
  })
})
