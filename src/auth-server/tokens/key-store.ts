import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { readArray, readObject, readString, SnapshotError } from '../../protocol/snapshot-data.ts'
import type { SigningAlg } from '../registry/types.ts'

/** One signing key: the private CryptoKey and its public JWK (with kid, alg, use). */
export interface SigningKey {
  alg: SigningAlg
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
  /** The private key as a JWK with its alg and kid, for a snapshot. */
  privateJwk: JWK
}

/** A JWK Set as served at jwks_uri (RFC 7517 §5, OIDC Core §10.1.1). */
export interface JsonWebKeySet {
  keys: JWK[]
}

/** The server's signing keys, generated once on first use (key generation is asynchronous). */
export interface KeyStore {
  signingKey(alg: SigningAlg): Promise<SigningKey>
  jwks(): Promise<JsonWebKeySet>
  /** The private JWKs of the keys made so far (a key still being generated has signed nothing). */
  snapshot(): JWK[]
  /** Settles once the keys a snapshot brought back are imported; rejects if one cannot be. */
  restored(): Promise<void>
}

const ALGS: readonly SigningAlg[] = ['ES256', 'RS256']

/** The members of a private JWK that are not in its public half (RFC 7518 §6.2.2, §6.3.2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']

async function signingKeyOf(alg: SigningAlg, privateKey: CryptoKey, privateJwk: JWK) {
  const publicPart = Object.fromEntries(
    Object.entries(privateJwk).filter(
      ([name]) =>
        !PRIVATE_MEMBERS.includes(name) && !['alg', 'kid', 'use', 'ext', 'key_ops'].includes(name),
    ),
  ) as JWK
  const kid = await calculateJwkThumbprint(publicPart)
  return {
    alg,
    kid,
    privateKey,
    publicJwk: { ...publicPart, kid, alg, use: 'sig' },
    privateJwk: { ...privateJwk, kid, alg },
  }
}

/**
 * A new key pair. The private key is extractable so that the lab can save it for a page reload
 * (session storage of the tab): its tokens must still verify after F5. It signs only the lab's
 * own demo tokens.
 */
async function createSigningKey(alg: SigningAlg): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'RS256' ? { modulusLength: 2048 } : {}),
  })
  return signingKeyOf(alg, privateKey, await exportJWK(privateKey))
}

/** A saved key, imported again; its kid must be the thumbprint of its public half (RFC 7638). */
async function importSigningKey(jwk: JWK): Promise<SigningKey> {
  const alg = jwk.alg as SigningAlg
  const privateKey = await importJWK(jwk, alg, { extractable: true })
  if (!(privateKey instanceof CryptoKey) || privateKey.type !== 'private')
    throw new SnapshotError(`The saved ${alg} key is not a private key.`)
  const key = await signingKeyOf(alg, privateKey, jwk)
  if (key.kid !== jwk.kid)
    throw new SnapshotError(`The saved ${alg} key's kid does not match its public key.`)
  return key
}

/** Reads the saved private JWKs: one per algorithm the server signs with. */
function readSavedKeys(saved: unknown): Map<SigningAlg, JWK> {
  const keys = new Map<SigningAlg, JWK>()
  readArray(saved, 'the signing keys').forEach((item, i) => {
    const jwk = readObject(item, `signing key ${i}`) as JWK
    const alg = readString(jwk.alg, `signing key ${i}'s alg`) as SigningAlg
    readString(jwk.kid, `signing key ${i}'s kid`)
    if (!ALGS.includes(alg) || keys.has(alg))
      throw new SnapshotError(`Signing key ${i} has the unexpected alg ${alg}.`)
    keys.set(alg, jwk)
  })
  return keys
}

/**
 * Makes an ES256 (P-256) and an RS256 (2048-bit) key pair (RFC 7518 §3.1), each lazily on first
 * use, once; /jwks makes both. `saved` (a snapshot's private JWKs) brings earlier keys back.
 */
export function createKeyStore(saved?: unknown): KeyStore {
  const keys = new Map<SigningAlg, Promise<SigningKey>>()
  const made = new Map<SigningAlg, SigningKey>()
  const keep = (alg: SigningAlg, key: Promise<SigningKey>) => {
    keys.set(alg, key)
    key.then(
      (value) => made.set(alg, value),
      () => keys.delete(alg),
    )
    return key
  }
  const imports =
    saved === undefined
      ? []
      : [...readSavedKeys(saved)].map(([alg, jwk]) => keep(alg, importSigningKey(jwk)))
  const signingKey = (alg: SigningAlg) => keys.get(alg) ?? keep(alg, createSigningKey(alg))
  return {
    signingKey,
    async jwks() {
      const all = await Promise.all(ALGS.map(signingKey))
      return { keys: all.map((key) => key.publicJwk) }
    },
    snapshot: () => ALGS.flatMap((alg) => made.get(alg)?.privateJwk ?? []),
    restored: async () => void (await Promise.all(imports)),
  }
}
