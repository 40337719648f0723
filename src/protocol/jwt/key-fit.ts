/**
 * Which key fits which JWS algorithm (RFC 7518 §3.1, RFC 8037 §3.1): the verifier, not the token,
 * decides the algorithm (RFC 8725 §3.1), so every check starts from the key.
 */
import type { JWK } from 'jose'

interface KeyNeed {
  kty: 'oct' | 'RSA' | 'EC' | 'OKP'
  crv?: string
  /** "an EC key on curve P-256". */
  words: string
}

const NEEDS: Record<string, KeyNeed> = {
  HS256: { kty: 'oct', words: 'a shared secret (an HMAC key, kty oct)' },
  HS384: { kty: 'oct', words: 'a shared secret (an HMAC key, kty oct)' },
  HS512: { kty: 'oct', words: 'a shared secret (an HMAC key, kty oct)' },
  RS256: { kty: 'RSA', words: 'an RSA public key' },
  RS384: { kty: 'RSA', words: 'an RSA public key' },
  RS512: { kty: 'RSA', words: 'an RSA public key' },
  PS256: { kty: 'RSA', words: 'an RSA public key' },
  PS384: { kty: 'RSA', words: 'an RSA public key' },
  PS512: { kty: 'RSA', words: 'an RSA public key' },
  ES256: { kty: 'EC', crv: 'P-256', words: 'an EC public key on curve P-256' },
  ES384: { kty: 'EC', crv: 'P-384', words: 'an EC public key on curve P-384' },
  ES512: { kty: 'EC', crv: 'P-521', words: 'an EC public key on curve P-521' },
  EdDSA: { kty: 'OKP', words: 'an OKP public key (Ed25519 or Ed448)' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519', words: 'an OKP public key on curve Ed25519' },
}

/** The JWS algorithms jose can verify in browsers and Node. */
export const VERIFIABLE_ALGORITHMS = Object.keys(NEEDS)

/** What kind of key `alg` needs, in words; undefined for an unknown alg. */
export function keyNeededFor(alg: string): string | undefined {
  return NEEDS[alg]?.words
}

/** True when `jwk` is the kind of key `alg` verifies with. */
export function keyFitsAlg(jwk: JWK, alg: string): boolean {
  const need = NEEDS[alg]
  if (!need || jwk.kty !== need.kty) return false
  if (need.crv && jwk.crv !== need.crv) return false
  if (alg === 'EdDSA' && jwk.crv !== 'Ed25519' && jwk.crv !== 'Ed448') return false
  return true
}

/** Every algorithm this key could verify; its own `alg` member (RFC 7517 §4.4), when present, narrows it to one. */
export function algorithmsForKey(jwk: JWK): string[] {
  if (typeof jwk.alg === 'string') return [jwk.alg]
  return VERIFIABLE_ALGORITHMS.filter((alg) => keyFitsAlg(jwk, alg) && alg !== 'Ed25519')
}

/** "an EC key on curve P-256 (kid abc)", for messages. */
export function describeKey(jwk: JWK): string {
  const kind =
    jwk.kty === 'oct'
      ? 'a shared secret (kty oct)'
      : jwk.kty === 'RSA'
        ? 'an RSA key'
        : jwk.kty === 'EC' || jwk.kty === 'OKP'
          ? `an ${jwk.kty} key on curve ${jwk.crv ?? '(none given)'}`
          : `a key of type ${String(jwk.kty)}`
  return jwk.kid ? `${kind} (kid ${jwk.kid})` : kind
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const

/** The public part of a JWK (drops RFC 7518 §6.2.2/§6.3.2 private members); true when there were any. */
export function publicPart(jwk: JWK): { jwk: JWK; hadPrivate: boolean } {
  if (jwk.kty === 'oct') return { jwk, hadPrivate: false }
  const copy: Record<string, unknown> = { ...jwk }
  let hadPrivate = false
  for (const name of PRIVATE_MEMBERS) {
    if (name in copy) {
      hadPrivate = true
      delete copy[name]
    }
  }
  return { jwk: copy as JWK, hadPrivate }
}
