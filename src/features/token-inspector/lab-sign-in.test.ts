import { describe, expect, it } from 'vitest'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { checkAgainstContext } from '../../protocol/jwt/context-checks'
import { verifyToken } from '../../protocol/jwt/verify'
import { createLab } from '../../wire/lab'
import { defaultExpectations } from './expectations'
import { fetchLabKeys } from './lab-tokens'
import { mintLabIdToken } from './lab-sign-in'

describe('an ID token from a real OpenID Connect sign-in in the lab', () => {
  it('verifies, and passes nonce and at_hash against what the client sent', async () => {
    const lab = createLab({ now: () => Date.parse('2026-11-28T16:30:00Z') })
    const { token, context } = await mintLabIdToken(lab)
    const header = decodeProtectedHeader(token)
    const claims = decodeJwt(token)
    expect(claims).toMatchObject({
      iss: 'https://auth.photos.example',
      aud: 'photo-spa',
      sub: 'alice',
      nonce: context.nonce,
    })
    expect(header.typ).not.toBe('at+jwt')

    const keys = await fetchLabKeys(lab)
    if (!keys.ok) throw new Error(keys.message)
    const expect_ = defaultExpectations(context, header as Record<string, unknown>)
    expect(expect_).toEqual({
      issuer: 'https://auth.photos.example',
      audience: 'photo-spa',
      typ: '',
    })
    const result = await verifyToken(token, keys.keys, {
      nowMs: lab.clock.now(),
      issuer: expect_.issuer,
      audience: expect_.audience,
    })
    expect(result.valid).toBe(true)

    const checks = await checkAgainstContext(
      header as Record<string, unknown>,
      claims as Record<string, unknown>,
      context,
    )
    expect(checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'typ:pass',
      'iss:pass',
      'aud:pass',
      'azp:skip',
      'nonce:pass',
      'at_hash:pass',
      'scope:pass',
    ])
    expect(checks.find((c) => c.id === 'at_hash')?.atHash?.value).toBe(claims.at_hash)

    // The client's own browser: the shared lab browser is untouched, the token request is recorded.
    expect(lab.browser().location()).toBeNull()
    expect(lab.wire.exchanges().at(-1)?.label).toBe(
      'Inspector: token request (OpenID Connect sign-in)',
    )
  })
})
