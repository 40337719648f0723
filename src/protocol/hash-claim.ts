import { computeHalfHash, hashForAlg as halfHashForAlg } from './jwt/at-hash.ts'

/** The hash function a JWS alg implies: RS256/ES256/PS256/HS256 → SHA-256, and so on (OIDC Core §3.1.3.6). */
export function hashForAlg(alg: string): string | undefined {
  return halfHashForAlg(alg)?.name
}

/**
 * `at_hash` / `c_hash`: base64url of the left-most half of the hash of the ASCII value, with the
 * hash of the ID token's alg (OIDC Core §3.1.3.6 at_hash, §3.3.2.11 c_hash). One implementation:
 * the token inspector's step-by-step `computeHalfHash`, of which this is the value.
 * Throws for an alg with no such hash (for example `none`) or a value that is not ASCII.
 */
export async function computeHashClaim(value: string, alg: string): Promise<string> {
  const steps = await computeHalfHash(value, alg)
  if (!steps)
    throw new Error(
      hashForAlg(alg)
        ? `at_hash and c_hash are defined over ASCII values only`
        : `no hash is defined for alg ${alg}`,
    )
  return steps.value
}
