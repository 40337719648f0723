import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../protocol/jwt/decode'
import { defaultExpectations } from './expectations'
import { malformedSample } from './samples'
import { addScope, pushExpiry } from './tamper-edits'

describe('defaultExpectations', () => {
  it('expects what the photo API expects of an access token', () => {
    expect(defaultExpectations({ kind: 'access_token' }, null)).toEqual({
      issuer: 'https://auth.photos.example',
      audience: 'https://api.photos.example',
      typ: 'at+jwt',
    })
    expect(defaultExpectations({}, { alg: 'ES256', typ: 'at+jwt' })).toEqual({
      issuer: 'https://auth.photos.example',
      audience: 'https://api.photos.example',
      typ: 'at+jwt',
    })
  })
  it('expects the client as the audience of an ID token, and assumes nothing of an unknown JWT', () => {
    expect(
      defaultExpectations(
        { kind: 'id_token', clientId: 'photo-spa', issuer: 'https://x.example' },
        null,
      ),
    ).toEqual({ issuer: 'https://x.example', audience: 'photo-spa', typ: '' })
    expect(defaultExpectations({}, { alg: 'HS256', typ: 'JWT' })).toEqual({
      issuer: '',
      audience: '',
      typ: '',
    })
  })
  it("does not judge another issuer's access token by the photo API's issuer and audience, only by its typ", () => {
    expect(
      defaultExpectations(
        {},
        { alg: 'RS256', typ: 'at+jwt' },
        { iss: 'https://issuer.example', aud: 'https://api.example' },
      ),
    ).toEqual({ issuer: '', audience: '', typ: 'at+jwt' })
    expect(
      defaultExpectations(
        {},
        { alg: 'ES256', typ: 'at+jwt' },
        { iss: 'https://auth.photos.example' },
      ),
    ).toEqual({
      issuer: 'https://auth.photos.example',
      audience: 'https://api.photos.example',
      typ: 'at+jwt',
    })
    expect(
      defaultExpectations(
        { kind: 'access_token' },
        { typ: 'at+jwt' },
        { iss: 'https://issuer.example' },
      ).issuer,
    ).toBe('https://auth.photos.example')
  })
})

describe('tamper edits', () => {
  it('adds a scope once and pushes exp', () => {
    const json = '{"scope":"photos.read","exp":100}'
    const widened = addScope(json, 'photos.write')
    expect(widened).toEqual({
      ok: true,
      json: '{\n  "scope": "photos.read photos.write",\n  "exp": 100\n}',
    })
    expect(widened.ok && addScope(widened.json, 'photos.write')).toEqual(widened)
    expect(pushExpiry(json, 3600, 0)).toEqual({
      ok: true,
      json: '{\n  "scope": "photos.read",\n  "exp": 3700\n}',
    })
    expect(pushExpiry('{}', 60, 1000)).toEqual({ ok: true, json: '{\n  "exp": 1060\n}' })
  })
  it('refuses to edit text that is not a JSON object', () => {
    expect(addScope('{"scope":', 'x')).toEqual({
      ok: false,
      message: 'Fix the payload JSON first: it does not parse.',
    })
    expect(pushExpiry('[1]', 1, 1)).toEqual({
      ok: false,
      message: 'The payload must be a JSON object.',
    })
  })
})

describe('the malformed sample', () => {
  it('is broken in each segment, and each break is reported', () => {
    const decoded = decodeToken(malformedSample())
    expect(decoded.errors).toHaveLength(4)
    expect(decoded.errors[0]).toMatch(/^Header: ends with 2 padding '=' characters/)
    expect(decoded.errors[1]).toMatch(/^Header: not base64url at character 52 \('\+'\)/)
    expect(decoded.errors[2]).toBe(
      "Payload is not JSON at position 73: Unexpected token '}' where a property name in double quotes was expected.",
    )
    expect(decoded.errors[3]).toMatch(
      /^Signature is 70 bytes, but ES256 signatures are exactly 64 bytes/,
    )
    expect(decoded.header).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: '~~~~~~' })
  })
})
