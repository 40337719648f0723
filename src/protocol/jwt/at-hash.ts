/**
 * at_hash and c_hash (OIDC Core §3.1.3.6, §3.3.2.11): base64url of the left half of the hash of
 * the ASCII octets of the access token (or code), with the hash that matches the ID token's alg.
 * Each step is returned so a learner can follow the computation.
 */
import { encodeSegment } from './segment-codec'

export interface HalfHashSteps {
  alg: string
  /** "SHA-256", chosen from alg. */
  hash: string
  /** Why this hash: "RS256 and ES256 use SHA-256". */
  hashReason: string
  /** Number of ASCII octets hashed. */
  inputOctets: number
  /** The whole digest as lower-case hex. */
  digestHex: string
  /** The left half of the digest as lower-case hex. */
  leftHalfHex: string
  /** Number of octets in the left half. */
  leftHalfOctets: number
  /** The result: base64url of the left half. */
  value: string
}

/**
 * The hash OIDC Core §3.1.3.6 pairs with a JWS alg: the one the alg itself uses (RS256 → SHA-256).
 * EdDSA with Ed25519 uses SHA-512 (OIDC Core errata set 2). Undefined for alg none or unknown algs.
 */
export function hashForAlg(
  alg: string,
): { name: 'SHA-256' | 'SHA-384' | 'SHA-512'; reason: string } | undefined {
  const bits = /^(?:HS|RS|ES|PS)(256|384|512)$/.exec(alg)?.[1]
  if (bits)
    return {
      name: `SHA-${bits}` as 'SHA-256',
      reason: `${alg} signs with SHA-${bits}, so the hash is SHA-${bits}`,
    }
  if (alg === 'EdDSA' || alg === 'Ed25519')
    return { name: 'SHA-512', reason: `${alg} (Ed25519) uses SHA-512` }
  return undefined
}

/**
 * Computes at_hash for `accessToken` (or c_hash for a code) under `alg`, with every step.
 * Undefined when alg has no hash (none, unknown) or the input is not ASCII.
 */
export async function computeHalfHash(
  input: string,
  alg: string,
): Promise<HalfHashSteps | undefined> {
  const hash = hashForAlg(alg)
  if (!hash || !/^[\x20-\x7e]*$/.test(input)) return undefined
  const octets = new TextEncoder().encode(input)
  const digest = new Uint8Array(await crypto.subtle.digest(hash.name, octets))
  const left = digest.slice(0, digest.length / 2)
  return {
    alg,
    hash: hash.name,
    hashReason: hash.reason,
    inputOctets: octets.length,
    digestHex: hex(digest),
    leftHalfHex: hex(left),
    leftHalfOctets: left.length,
    value: encodeSegment(left),
  }
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}
