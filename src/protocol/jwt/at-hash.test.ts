import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { computeHalfHash, hashForAlg } from './at-hash'
import { computeHashClaim, hashForAlg as serverHashForAlg } from '../hash-claim'

describe('at_hash and c_hash', () => {
  it('reproduces the OIDC Core Appendix A.3 at_hash example', async () => {
    const steps = await computeHalfHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')
    const digest = createHash('sha256')
      .update('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y')
      .digest('hex')
    expect(steps).toEqual({
      alg: 'RS256',
      hash: 'SHA-256',
      hashReason: 'RS256 signs with SHA-256, so the hash is SHA-256',
      inputOctets: 43,
      digestHex: digest,
      leftHalfHex: digest.slice(0, 32),
      leftHalfOctets: 16,
      value: '77QmUPtjPfzWtF2AnpK9RQ',
    })
  })

  it('reproduces the OIDC Core Appendix A.4 c_hash example', async () => {
    expect(
      (await computeHalfHash('Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk', 'RS256'))
        ?.value,
    ).toBe('LDktKdoQak3Pk0cnXxCltA')
  })

  it('uses the same value for ES256, and a longer half for ES384 and EdDSA', async () => {
    expect(
      (await computeHalfHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'ES256'))?.value,
    ).toBe('77QmUPtjPfzWtF2AnpK9RQ')
    const es384 = await computeHalfHash('abc', 'ES384')
    expect(es384?.leftHalfOctets).toBe(24)
    expect(es384?.value).toBe(
      Buffer.from(createHash('sha384').update('abc').digest().subarray(0, 24)).toString(
        'base64url',
      ),
    )
    expect((await computeHalfHash('abc', 'EdDSA'))?.leftHalfOctets).toBe(32)
  })

  it('has no hash for alg none or an unknown alg, nor for non-ASCII input', async () => {
    expect(hashForAlg('none')).toBeUndefined()
    expect(hashForAlg('XS256')).toBeUndefined()
    expect(await computeHalfHash('abc', 'none')).toBeUndefined()
    expect(await computeHalfHash('abcé', 'RS256')).toBeUndefined()
  })

  it('is the one implementation the authorization server uses for its ID tokens (hash-claim.ts)', async () => {
    for (const [value, alg] of [
      ['jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256'],
      ['abc', 'ES384'],
      ['abc', 'PS512'],
    ] as const) {
      expect(await computeHashClaim(value, alg)).toBe((await computeHalfHash(value, alg))?.value)
    }
    expect(await computeHashClaim('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'ES256')).toBe(
      '77QmUPtjPfzWtF2AnpK9RQ',
    )
    expect(serverHashForAlg('ES384')).toBe('SHA-384')
    expect(serverHashForAlg('XS256')).toBeUndefined()
    await expect(computeHashClaim('abc', 'none')).rejects.toThrow('no hash is defined for alg none')
    await expect(computeHashClaim('abcé', 'RS256')).rejects.toThrow('ASCII values only')
  })
})
