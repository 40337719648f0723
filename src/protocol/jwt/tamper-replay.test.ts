import { describe, expect, it } from 'vitest'
import { decodeToken } from './decode'
import { parseBearerChallenge, presentToken } from './replay'
import {
  generateLearnerKey,
  readEditedJson,
  reencodeWithOldSignature,
  resignWithLearnerKey,
} from './tamper'

const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

describe('tampering', () => {
  it('keeps the header and signature segments byte for byte and swaps the payload', () => {
    const result = reencodeWithOldSignature(TOKEN, '{\n  "sub": "admin"\n}')
    expect(result).toEqual({
      ok: true,
      token: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
    })
  })

  it('refuses edited text that is not a JSON object, or a token that is not a JWS', () => {
    expect(reencodeWithOldSignature(TOKEN, '{"sub": }')).toEqual({
      ok: false,
      message:
        "Payload is not JSON at position 8: Unexpected token '}' where a value (an object, array, string, number, true, false or null) was expected.",
    })
    expect(readEditedJson('Header', '[]')).toEqual({
      ok: false,
      message: 'Header must be a JSON object, not an array.',
    })
    expect(reencodeWithOldSignature('opaque', '{}')).toEqual({
      ok: false,
      message: 'Only a three-segment JWS can be re-encoded with its old signature.',
    })
  })

  it("re-signs with the learner's key: alg ES256 and its kid, other header parameters kept", async () => {
    const key = await generateLearnerKey()
    const result = await resignWithLearnerKey(
      '{"alg":"HS256","typ":"at+jwt","kid":"old"}',
      '{"scope":"photos.write"}',
      key,
    )
    if (!result.ok) throw new Error(result.message)
    const decoded = decodeToken(result.token)
    expect(decoded.header).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: key.publicJwk.kid })
    expect(decoded.payload).toEqual({ scope: 'photos.write' })
    expect(decoded.signature?.length).toBe(64)
    expect(key.publicJwk.kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

describe('presenting a token', () => {
  it('parses a Bearer challenge with quoted strings, escapes and bare tokens', () => {
    expect(
      parseBearerChallenge(
        'Bearer realm="api.photos.example", error="invalid_token", error_description="The \\"exp\\" passed, see RFC 6750"',
      ),
    ).toEqual({
      realm: 'api.photos.example',
      error: 'invalid_token',
      error_description: 'The "exp" passed, see RFC 6750',
    })
    expect(parseBearerChallenge('Bearer realm=example,scope="photos.read"')).toEqual({
      realm: 'example',
      scope: 'photos.read',
    })
    expect(parseBearerChallenge('Bearer')).toEqual({})
  })

  it('sends the token as a Bearer credential and explains each RFC 6750 answer', async () => {
    const seen: string[] = []
    const answer = (status: number, challenge: string) => async (request: Request) => {
      seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`)
      return new Response('{}', { status, headers: { 'WWW-Authenticate': challenge } })
    }
    const forbidden = await presentToken(
      answer(403, 'Bearer error="insufficient_scope", scope="photos.read"'),
      'https://api.photos.example/photos',
      'a.b.c',
    )
    expect(seen).toEqual(['GET https://api.photos.example/photos Bearer a.b.c'])
    expect(forbidden.meaning).toBe(
      'Refused with 403 insufficient_scope (RFC 6750 §3.1): the token is genuine but does not grant photos.read.',
    )
    const bare = await presentToken(
      answer(401, 'Bearer realm="x"'),
      'https://api.photos.example/photos',
      'a.b.c',
    )
    expect(bare.meaning).toBe(
      'Refused with 401 and a bare challenge: the server saw no usable credentials in the request (RFC 6750 §3.1).',
    )
  })
})
