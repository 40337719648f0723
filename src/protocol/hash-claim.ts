import { base64UrlEncode } from './base64url.ts'

const HASH_BY_ALG_SUFFIX: Record<string, string> = { '256': 'SHA-256', '384': 'SHA-384', '512': 'SHA-512' }

/** The hash function a JWS alg implies: RS256/ES256/PS256/HS256 → SHA-256, and so on. */
export function hashForAlg(alg: string): string | undefined {
  return HASH_BY_ALG_SUFFIX[alg.slice(-3)]
}

/**
 * `at_hash` / `c_hash`: base64url of the left-most half of the hash of the ASCII value, with the
 * hash of the ID token's alg (OIDC Core §3.1.3.6 at_hash, §3.3.2.11 c_hash).
 * Throws for an alg with no such hash (for example `none` or `EdDSA`).
 */
export async function computeHashClaim(value: string, alg: string): Promise<string> {
  const hash = hashForAlg(alg)
  if (!hash) throw new Error(`no hash is defined for alg ${alg}`)
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(value)))
  return base64UrlEncode(digest.slice(0, digest.length / 2))
}
