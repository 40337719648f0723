import { describe, expect, it } from 'vitest'
import { decodeJwt } from 'jose'
import { createLab } from '../../wire/lab'
import { verifyToken } from '../../protocol/jwt/verify'
import {
  generateLearnerKey,
  reencodeWithOldSignature,
  resignWithLearnerKey,
} from '../../protocol/jwt/tamper'
import { checkAgainstContext } from '../../protocol/jwt/context-checks'
import { fetchLabKeys, mintLabAccessToken, sendToPhotoApi } from './lab-tokens'

const START = Date.parse('2026-11-28T16:30:00Z')

describe('tokens from the lab, checked by the inspector and refused by the photo API when forged', () => {
  it('mints a real access token with client credentials that verifies against the lab JWKS and passes the context checks', async () => {
    const lab = createLab({ now: () => START })
    const { token, context } = await mintLabAccessToken(lab)
    expect(decodeJwt(token)).toMatchObject({
      iss: 'https://auth.photos.example',
      aud: 'https://api.photos.example',
      sub: 'backup-job',
      client_id: 'backup-job',
      scope: 'photos.read',
    })
    expect(
      lab.wire
        .exchanges()
        .map(
          (e) =>
            `${e.from} ${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status} ${e.label}`,
        ),
    ).toEqual(['client POST /token 200 Inspector: token request (client credentials)'])

    const keys = await fetchLabKeys(lab)
    if (!keys.ok) throw new Error(keys.message)
    const result = await verifyToken(token, keys.keys, {
      nowMs: lab.clock.now(),
      issuer: context.issuer,
      audience: context.audience,
      typ: 'at+jwt',
    })
    expect(result.valid).toBe(true)
    expect(result.steps.map((s) => s.status)).not.toContain('fail')
    const checks = await checkAgainstContext(
      JSON.parse(atob(token.split('.')[0]!)),
      decodeJwt(token),
      context,
    )
    expect(checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'typ:pass',
      'iss:pass',
      'aud:pass',
      'client_id:pass',
      'scope:pass',
    ])

    const accepted = await sendToPhotoApi(lab, token, 'Inspector: present the token')
    expect(accepted.status).toBe(200)
    expect(accepted.meaning).toBe(
      'The resource server accepted the token and served the photos: it found nothing wrong with it.',
    )

    // Once the lab clock passes exp, both the inspector and the API say it expired.
    lab.clock.advance((decodeJwt(token).exp ?? 0) - lab.clock.nowSeconds() + 5)
    const later = await verifyToken(token, keys.keys, {
      nowMs: lab.clock.now(),
      issuer: context.issuer,
      audience: context.audience,
      typ: 'at+jwt',
    })
    expect(later.summary).toMatch(
      /^Expired at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: expired 5 s ago by the lab clock\.$/,
    )
    expect((await sendToPhotoApi(lab, token, 'Inspector: replay')).challenge.error).toBe(
      'invalid_token',
    )
  })

  it('a payload edited under the old signature gets 401 invalid_token with the reason', async () => {
    const lab = createLab({ now: () => START })
    const { token } = await mintLabAccessToken(lab)
    const claims = decodeJwt(token)
    const forged = reencodeWithOldSignature(
      token,
      JSON.stringify({
        ...claims,
        scope: 'photos.read photos.write',
        exp: (claims.exp ?? 0) + 3600,
      }),
    )
    if (!forged.ok) throw new Error(forged.message)
    const result = await sendToPhotoApi(lab, forged.token, 'Inspector: replay a tampered token')
    expect(result.status).toBe(401)
    expect(result.statusText).toBe('Unauthorized')
    expect(result.challenge).toMatchObject({ realm: 'api.photos.example', error: 'invalid_token' })
    expect(result.wwwAuthenticate).toMatch(
      /^Bearer realm="api.photos.example", error="invalid_token", error_description="/,
    )
    expect(JSON.parse(result.body)).toMatchObject({ error: 'invalid_token' })
    expect(result.meaning).toMatch(/^Refused with 401 invalid_token \(RFC 6750 §3\.1\)/)
    const recorded = lab.wire
      .exchanges()
      .find((e) => e.label === 'Inspector: replay a tampered token')
    expect(recorded).toMatchObject({
      from: 'client',
      to: 'resource-server',
      channel: 'back',
      response: { status: 401 },
    })
    expect(result.challenge.error_description).toBe(
      "The token's signature does not verify with https://auth.photos.example's key: its header or claims were changed after signing, or another key signed it (RFC 7515 section 5.2).",
    )
  })

  it("a token re-signed with the learner's own key is refused: its kid is not in the issuer's key set", async () => {
    const lab = createLab({ now: () => START })
    const { token } = await mintLabAccessToken(lab)
    const [header] = token.split('.')
    const key = await generateLearnerKey()
    expect(key.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })
    expect(key.publicJwk.d).toBeUndefined()
    const resigned = await resignWithLearnerKey(
      atob(header!.replace(/-/g, '+').replace(/_/g, '/')),
      JSON.stringify({ ...decodeJwt(token), scope: 'photos.read photos.write' }),
      key,
    )
    if (!resigned.ok) throw new Error(resigned.message)
    const result = await sendToPhotoApi(
      lab,
      resigned.token,
      'Inspector: present a token signed with my key',
    )
    expect(result.status).toBe(401)
    expect(result.challenge.error).toBe('invalid_token')
    const keys = await fetchLabKeys(lab)
    if (!keys.ok) throw new Error(keys.message)
    const verdict = await verifyToken(resigned.token, keys.keys, { nowMs: lab.clock.now() })
    expect(result.challenge.error_description).toBe(
      `No key with kid ${key.publicJwk.kid} is in https://auth.photos.example/jwks, fetched just now: https://auth.photos.example did not sign this token (OIDC Core section 10.1.1).`,
    )
    expect(verdict.joseCode).toBe('ERR_JWKS_NO_MATCHING_KEY')
    expect(verdict.summary).toContain(`kid "${key.publicJwk.kid}" not found in the key set`)
  })
})
