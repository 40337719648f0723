import { describe, expect, it } from 'vitest'
import { formatScope, hasScope, isScopeSubset, parseScope } from './scope.ts'
import { isValidErrorText, oauthError } from './oauth-error.ts'
import { computeHashClaim } from './hash-claim.ts'

describe('scope (RFC 6749 §3.3)', () => {
  it('splits on spaces, drops duplicates, keeps order', () => {
    expect(parseScope('openid  photos.read openid')).toEqual(['openid', 'photos.read'])
    expect(parseScope(undefined)).toEqual([])
    expect(formatScope(['a', 'b'])).toBe('a b')
  })

  it('refuses characters outside NQCHAR', () => {
    expect(parseScope('photos"read')).toBeUndefined()
    expect(parseScope('caf\u00e9')).toBeUndefined()
  })

  it('checks subsets and membership', () => {
    expect(isScopeSubset(['photos.read'], ['openid', 'photos.read'])).toBe(true)
    expect(isScopeSubset(['photos.write'], ['photos.read'])).toBe(false)
    expect(hasScope('openid email', 'email')).toBe(true)
    expect(hasScope('openid email', 'mail')).toBe(false)
  })
})

describe('oauth errors (RFC 6749 §5.2)', () => {
  it('keeps descriptions within the allowed characters', () => {
    const body = oauthError('invalid_request', 'say "hi" \\ caf\u00e9 \u00a7 4.1')
    expect(body).toEqual({
      error: 'invalid_request',
      error_description: "say 'hi' / caf? section 4.1",
    })
    expect(isValidErrorText(body.error_description)).toBe(true)
    expect(isValidErrorText('a"b')).toBe(false)
  })
})

describe('hash claims (OIDC Core)', () => {
  it('computes the at_hash example of Appendix A.3', async () => {
    expect(await computeHashClaim('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')).toBe(
      '77QmUPtjPfzWtF2AnpK9RQ',
    )
  })

  it('computes the c_hash example of Appendix A.4', async () => {
    expect(
      await computeHashClaim('Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk', 'ES256'),
    ).toBe('LDktKdoQak3Pk0cnXxCltA')
  })

  it('uses half of SHA-384 for *384 algorithms and refuses none', async () => {
    expect(await computeHashClaim('x', 'ES384')).toHaveLength(32)
    await expect(computeHashClaim('x', 'none')).rejects.toThrow(/no hash/)
  })
})
