import { beforeAll, describe, expect, it } from 'vitest'
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose'
import { keysFromJwks, parseKeyText, type VerificationKeys } from './keys'
import { verifyToken } from './verify'
import { encodeTextSegment } from './segment-codec'

const ISSUER = 'https://auth.photos.example'
const API = 'https://api.photos.example'
const NOW = Date.UTC(2025, 2, 1, 9, 30, 0)
const nowS = NOW / 1000

let ec: { privateKey: CryptoKey; publicKey: CryptoKey }
let rsa: { privateKey: CryptoKey; publicKey: CryptoKey }
let labKeys: VerificationKeys
let ecJwk: JWK

beforeAll(async () => {
  ec = await generateKeyPair('ES256', { extractable: true })
  rsa = await generateKeyPair('RS256', { extractable: true })
  ecJwk = { ...(await exportJWK(ec.publicKey)), kid: 'es-1', alg: 'ES256', use: 'sig' }
  const rsaJwk = { ...(await exportJWK(rsa.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' }
  const parsed = keysFromJwks({ keys: [ecJwk, rsaJwk] }, 'lab')
  if (!parsed.ok) throw new Error(parsed.message)
  labKeys = parsed.keys
})

const claims = {
  iss: ISSUER,
  aud: API,
  sub: 'alice',
  client_id: 'printshop',
  scope: 'photos.read',
  jti: 'j1',
}
async function accessToken(
  overrides: { claims?: object; header?: object; key?: CryptoKey; alg?: string } = {},
) {
  return new SignJWT({ ...claims, ...overrides.claims })
    .setProtectedHeader({
      alg: overrides.alg ?? 'ES256',
      typ: 'at+jwt',
      kid: 'es-1',
      ...overrides.header,
    })
    .setIssuedAt(nowS - 60)
    .setExpirationTime(nowS + 240)
    .sign(overrides.key ?? ec.privateKey)
}
const expectations = { nowMs: NOW, issuer: ISSUER, audience: API, typ: 'at+jwt' }

describe('verifyToken: valid tokens', () => {
  it('verifies a lab access token against the lab JWKS, every step passing', async () => {
    const result = await verifyToken(await accessToken(), labKeys, expectations)
    expect(result.valid).toBe(true)
    expect(result.summary).toBe(
      'Valid: the signature verifies with an EC key on curve P-256 (kid es-1), and every claim checked holds at 2025-03-01 09:30:00 UTC by the lab clock.',
    )
    expect(result.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'structure:pass',
      'alg:pass',
      'key:pass',
      'signature:pass',
      'typ:pass',
      'iss:pass',
      'aud:pass',
      'nbf:skip',
      'exp:pass',
    ])
    expect(result.steps.find((s) => s.id === 'exp')?.detail).toBe(
      'Valid until 2025-03-01 09:34:00 UTC: expires in 4 min.',
    )
  })

  it('verifies the RFC 7515 Appendix A.1 HS256 example with its key', async () => {
    const token =
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    const parsed = await parseKeyText(
      '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}',
    )
    if (!parsed.ok) throw new Error(parsed.message)
    const before = await verifyToken(token, parsed.keys, { nowMs: 1300819370_000, issuer: 'joe' })
    expect(before.valid).toBe(true)
    // The same token on today's clock: the signature still holds, the expiry does not.
    const after = await verifyToken(token, parsed.keys, { nowMs: NOW, issuer: 'joe' })
    expect(after.steps.find((s) => s.id === 'signature')?.status).toBe('pass')
    // 2011-03-22 18:43 to 2025-03-01 09:30 is 5092 days, 14 hours and 47 minutes.
    expect(after.summary).toBe(
      'Expired at 2011-03-22 18:43:00 UTC: expired 5092 d 14 h (about 13.9 years) ago by the lab clock.',
    )
  })

  it('verifies with a pasted PEM public key and with a pasted HMAC secret', async () => {
    const pem = await parseKeyText(await exportSPKI(rsa.publicKey))
    if (!pem.ok) throw new Error(pem.message)
    expect(pem.keys.description).toBe('a PEM public key: an RSA key')
    expect(
      (
        await verifyToken(
          await accessToken({ alg: 'RS256', key: rsa.privateKey }),
          pem.keys,
          expectations,
        )
      ).valid,
    ).toBe(true)

    const secret = 'a-lab-secret-that-is-32-bytes-ok'
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setExpirationTime(nowS + 60)
      .sign(new TextEncoder().encode(secret))
    const parsed = await parseKeyText(secret)
    if (!parsed.ok) throw new Error(parsed.message)
    expect((await verifyToken(hs, parsed.keys, expectations)).valid).toBe(true)
  })
})

describe('verifyToken: each failure says why', () => {
  it('signature mismatch after the payload was changed', async () => {
    const [h, , s] = (await accessToken()).split('.')
    const tampered = `${h}.${encodeTextSegment(JSON.stringify({ ...claims, scope: 'photos.read photos.write', exp: nowS + 99999 }))}.${s}`
    const result = await verifyToken(tampered, labKeys, expectations)
    expect(result).toMatchObject({
      valid: false,
      joseCode: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      summary:
        'Signature mismatch: this signature was not made over this header and payload with this key. Either the token was changed after it was signed, or a different key signed it.',
    })
  })

  it('alg none is refused before any key is looked at', async () => {
    const token = `${encodeTextSegment('{"alg":"none","typ":"at+jwt"}')}.${encodeTextSegment(JSON.stringify(claims))}.`
    const result = await verifyToken(token, labKeys, expectations)
    expect(result.summary).toBe(
      'Refused: alg is "none", an unsecured JWS with no signature (RFC 7515 Appendix A.5). Anyone can write one, so a verifier never accepts it, whatever the key (RFC 8725 §3.1).',
    )
    expect(result.steps.map((s) => s.id)).toEqual(['structure', 'alg'])
  })

  it('an algorithm the key set does not allow (algorithm confusion)', async () => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'es-1' })
      .sign(new TextEncoder().encode('x'.repeat(32)))
    const result = await verifyToken(token, labKeys, expectations)
    expect(result.joseCode).toBe('ERR_JOSE_ALG_NOT_ALLOWED')
    expect(result.summary).toBe(
      'Algorithm not allowed: the token says HS256, but the lab authorization server signs with only ES256, RS256. The verifier takes the algorithm from its keys, never from the token (RFC 8725 §3.1). Verifying HS256 with a public key used as the HMAC secret is the algorithm-confusion attack: anyone who knows the public key could forge tokens.',
    )
  })

  it('a kid that is not in the key set', async () => {
    const mine = await generateKeyPair('ES256')
    const result = await verifyToken(
      await accessToken({ header: { kid: 'my-own-key' }, key: mine.privateKey }),
      labKeys,
      expectations,
    )
    expect(result).toMatchObject({
      joseCode: 'ERR_JWKS_NO_MATCHING_KEY',
      summary:
        'kid "my-own-key" not found in the key set, which holds "es-1", "rs-1". The token was signed with a key these keys do not include: another issuer\'s key, a key of the signer\'s own, or one rotated out long ago.',
    })
  })

  it('a key whose type does not fit the algorithm', async () => {
    const token = await accessToken({ header: { kid: 'rs-1' } })
    expect((await verifyToken(token, labKeys, expectations)).summary).toBe(
      'Key type does not fit the algorithm: ES256 needs an EC public key on curve P-256, but an RSA key (kid rs-1) is what there is.',
    )
    const secret = await parseKeyText('a-lab-secret-that-is-32-bytes-ok')
    if (!secret.ok) throw new Error(secret.message)
    expect((await verifyToken(token, secret.keys, expectations)).summary).toBe(
      'Key type does not fit the algorithm: ES256 needs an EC public key on curve P-256, but a shared secret (kty oct) is what there is.',
    )
  })

  it('a different key of the right type: signature mismatch', async () => {
    const other = await generateKeyPair('ES256')
    const result = await verifyToken(
      await accessToken({ key: other.privateKey }),
      labKeys,
      expectations,
    )
    expect(result.joseCode).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
  })

  it('expired, with the time and how long ago by the lab clock', async () => {
    const result = await verifyToken(await accessToken(), labKeys, {
      ...expectations,
      nowMs: NOW + 7 * 60_000,
    })
    expect(result.summary).toBe(
      'Expired at 2025-03-01 09:34:00 UTC: expired 3 min ago by the lab clock.',
    )
    expect(result.steps.find((s) => s.id === 'signature')?.status).toBe('pass')
  })

  it('not yet valid (nbf)', async () => {
    const result = await verifyToken(
      await accessToken({ claims: { nbf: nowS + 90 } }),
      labKeys,
      expectations,
    )
    expect(result.summary).toBe(
      'Not yet valid: nbf is 2025-03-01 09:31:30 UTC, not valid for another 1 min 30 s by the lab clock.',
    )
  })

  it('wrong audience', async () => {
    const result = await verifyToken(
      await accessToken({ claims: { aud: 'https://other-api.example' } }),
      labKeys,
      expectations,
    )
    expect(result.summary).toBe(
      'Wrong audience: aud is "https://other-api.example", which does not include "https://api.photos.example". A token meant for another recipient must be refused.',
    )
  })

  it('wrong issuer', async () => {
    const result = await verifyToken(
      await accessToken({ claims: { iss: 'https://evil.example' } }),
      labKeys,
      expectations,
    )
    expect(result.summary).toBe(
      'Wrong issuer: iss is "https://evil.example", but the expected issuer is "https://auth.photos.example"; the two must match exactly, character for character.',
    )
  })

  it('an ID token offered as an access token (typ)', async () => {
    const result = await verifyToken(
      await accessToken({ header: { typ: 'JWT' } }),
      labKeys,
      expectations,
    )
    expect(result.summary).toBe(
      'Wrong type: typ is "JWT", but at+jwt was expected. The explicit type is what stops an ID token or another JWT being accepted as an access token (RFC 9068 §5).',
    )
  })

  it('a JWE, an opaque token and a malformed token are explained, not verified', async () => {
    expect(
      (await verifyToken('Rt_2YQk4bX8mJ0aZ5cVnq3wL9pE7sH1d', labKeys, expectations)).summary,
    ).toBe(
      'An opaque token carries no signature to check: only the authorization server that issued it knows what it means. Ask it with token introspection (RFC 7662).',
    )
    expect((await verifyToken('a.b.c.d.e', labKeys, expectations)).summary).toMatch(
      /^This is a JWE: it is encrypted, not signed, so there is no signature to verify\./,
    )
    expect((await verifyToken('abc.def', labKeys, expectations)).summary).toBe(
      'It cannot be verified until it decodes: The token has 2 segments (1 dot); a JWS has 3 (header.payload.signature, RFC 7515 §7.1) and a JWE has 5 (RFC 7516 §7.1). The signature segment and the dot before it are missing.',
    )
  })

  it('cites RFC 9068 §4 for an access token check, never for an ID token', async () => {
    const wrong = { claims: { iss: 'https://evil.example', aud: 'x' } }
    const specOf = (result: Awaited<ReturnType<typeof verifyToken>>, id: string) =>
      result.steps.find((step) => step.id === id)?.spec?.label
    const asAccess = await verifyToken(await accessToken(wrong), labKeys, expectations)
    expect(specOf(asAccess, 'iss')).toBe('RFC 9068 §4')
    expect(specOf(asAccess, 'aud')).toBe('RFC 9068 §4')
    const idToken = await accessToken({ ...wrong, header: { typ: 'JWT' } })
    const asId = await verifyToken(idToken, labKeys, {
      nowMs: NOW,
      issuer: ISSUER,
      audience: 'photo-spa',
    })
    expect(specOf(asId, 'iss')).toBe('RFC 7519 §4.1.1')
    expect(specOf(asId, 'aud')).toBe('RFC 7519 §4.1.3')
    const wrongTyp = await verifyToken(idToken, labKeys, { ...expectations, typ: 'dpop+jwt' })
    expect(specOf(wrongTyp, 'typ')).toBe('RFC 8725 §3.11')
  })

  it('reports every failing claim, not just the first', async () => {
    const result = await verifyToken(
      await accessToken({ claims: { iss: 'https://evil.example', aud: 'x' } }),
      labKeys,
      { ...expectations, nowMs: NOW + 3600_000 },
    )
    expect(result.steps.filter((s) => s.status === 'fail').map((s) => s.id)).toEqual([
      'iss',
      'aud',
      'exp',
    ])
  })
})

describe('parseKeyText', () => {
  it.each([
    ['', 'No key given: paste a JWK, a JWK Set, a PEM public key or an HMAC secret.'],
    [
      '{"kty":"EC",}',
      "The key looks like JSON but is not, at position 12: Unexpected token '}' where a property name in double quotes was expected.",
    ],
    [
      '{"n":"abc"}',
      'This JSON is neither a JWK (it has no "kty", RFC 7517 §4.1) nor a JWK Set (it has no "keys" array, RFC 7517 §5).',
    ],
    [
      '{"keys":{}}',
      'This JSON has a "keys" member, but a JWK Set\'s "keys" is an array of JWKs, each with a "kty" (RFC 7517 §5).',
    ],
    [
      '-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----',
      'That is a private key (PRIVATE KEY): verifying needs the public key only. Never paste a private key into any web page.',
    ],
    [
      '-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----',
      'The PEM public key could not be read: its base64 body is damaged, or it holds a key type JOSE does not use.',
    ],
  ])('explains a key it cannot use: %j', async (text, message) => {
    expect(await parseKeyText(text)).toEqual({ ok: false, message })
  })

  it('uses only the public part of a private JWK, and warns about short secrets', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true })
    const parsed = await parseKeyText(JSON.stringify(await exportJWK(privateKey)))
    expect(parsed.ok && parsed.keys.keys[0]?.d).toBeUndefined()
    expect(parsed.ok && parsed.keys.warnings).toEqual([
      'This JWK holds a private key; only its public part is used. Never paste a private key into any web page.',
    ])
    const short = await parseKeyText('your-256-bit-secret')
    expect(short.ok && short.keys.warnings).toEqual([
      'The secret is 19 bytes; HS256 needs at least 32 (HS384 48, HS512 64), and a short secret can be guessed offline from any token it signed (RFC 7518 §3.2).',
    ])
  })

  it('reads a JWK Set and names its keys', async () => {
    const parsed = await parseKeyText(JSON.stringify({ keys: [ecJwk] }))
    expect(parsed.ok && parsed.keys.description).toBe(
      'a JWK Set with 1 key: an EC key on curve P-256 (kid es-1)',
    )
  })
})
