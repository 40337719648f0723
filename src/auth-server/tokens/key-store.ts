import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import type { SigningAlg } from '../registry/types.ts'

/** One signing key: the private CryptoKey and its public JWK (with kid, alg, use). */
export interface SigningKey {
  alg: SigningAlg
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
}

/** A JWK Set as served at jwks_uri (RFC 7517 §5, OIDC Core §10.1.1). */
export interface JsonWebKeySet {
  keys: JWK[]
}

/** The server's signing keys, generated once on first use (key generation is asynchronous). */
export interface KeyStore {
  signingKey(alg: SigningAlg): Promise<SigningKey>
  jwks(): Promise<JsonWebKeySet>
}

const ALGS: readonly SigningAlg[] = ['ES256', 'RS256']

async function createSigningKey(alg: SigningAlg): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(
    alg,
    alg === 'RS256' ? { modulusLength: 2048 } : {},
  )
  const exported = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(exported)
  return { alg, kid, privateKey, publicJwk: { ...exported, kid, alg, use: 'sig' } }
}

/**
 * Makes an ES256 (P-256) and an RS256 (2048-bit) key pair (RFC 7518 §3.1), each lazily on first
 * use, once; /jwks makes both.
 */
export function createKeyStore(): KeyStore {
  const keys = new Map<SigningAlg, Promise<SigningKey>>()
  const signingKey = (alg: SigningAlg) => {
    let key = keys.get(alg)
    if (!key) {
      key = createSigningKey(alg)
      keys.set(alg, key)
    }
    return key
  }
  return {
    signingKey,
    async jwks() {
      const all = await Promise.all(ALGS.map(signingKey))
      return { keys: all.map((key) => key.publicJwk) }
    },
  }
}
