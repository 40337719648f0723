import { createLocalJWKSet, errors } from 'jose'
import type { FlattenedJWSInput, JSONWebKeySet, JWSHeaderParameters } from 'jose'
import { readArray, readNumber, readObject, readString } from '../protocol/snapshot-data.ts'
import { fetchIssuerMetadata, getJson, IssuerUnavailable } from './issuer-metadata.ts'

export { metadataUrl } from './issuer-metadata.ts'

export interface IssuerKeysOptions {
  /** The issuer identifier the API trusts; its metadata must name the same issuer (RFC 8414 §3.3). */
  readonly issuer: string
  /** How the API reaches the issuer: metadata and key-set requests go through it. */
  readonly fetch: (request: Request) => Promise<Response>
  readonly now: () => number
  /** Skip discovery and read keys from this URL. */
  readonly jwksUri?: string
  /** At most one re-fetch per this many seconds for unknown `kid`s, so forged kids cannot flood the issuer. */
  readonly refreshCooldownSeconds?: number
}

/**
 * No key of the issuer's set matches the token's `kid`, and how sure the API is: `fetched` (the set
 * was fetched for this very token), `refetched` (fetched again because of this kid), or `cooldown`
 * (the cached set was fetched `fetchedSecondsAgo` ago, and unknown kids may not trigger another
 * fetch within `cooldownSeconds`, so a key the issuer has just added is not seen yet).
 */
export class UnknownKeyId extends errors.JWKSNoMatchingKey {
  constructor(
    readonly when: 'fetched' | 'refetched' | 'cooldown',
    readonly fetchedSecondsAgo: number,
    readonly cooldownSeconds: number,
  ) {
    super()
  }
}

export interface IssuerKeys {
  /** A key lookup for jose's jwtVerify: picks the key by `kid`, re-fetching the set once if unknown. */
  getKey(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey>
  /** Where the keys come from, once discovered. */
  jwksUri(): string | undefined
  /** The cached key set and when it was fetched, for a page reload. */
  snapshot(): IssuerKeysSnapshot
}

/** What the API had learnt of its issuer's keys: where they are, the set, when it was fetched. */
export interface IssuerKeysSnapshot {
  jwksUri: string | null
  keySet: JSONWebKeySet | null
  /** Milliseconds on the API's clock; null before the first fetch. */
  fetchedAt: number | null
}

function readSavedKeys(saved: unknown) {
  const object = readObject(saved, "the API's cached keys")
  const keySet =
    object.keySet === null ? undefined : readObject(object.keySet, 'the cached key set')
  if (keySet) readArray(keySet.keys, 'the cached keys')
  return {
    jwksUri: object.jwksUri === null ? undefined : readString(object.jwksUri, 'the jwks_uri'),
    keySet: keySet as JSONWebKeySet | undefined,
    fetchedAt:
      object.fetchedAt === null ? undefined : readNumber(object.fetchedAt, 'the fetch time'),
  }
}

type KeySet = ReturnType<typeof createLocalJWKSet>

/**
 * The issuer's signing keys, found through its metadata's `jwks_uri` (RFC 8414 §2) and cached.
 * A token whose `kid` is not in the cached set triggers one re-fetch, because the issuer may have
 * rotated its keys (OIDC Core §10.1.1); a cooldown bounds how often that can happen.
 */
export function createIssuerKeys(options: IssuerKeysOptions, saved?: unknown): IssuerKeys {
  const cooldownMs = (options.refreshCooldownSeconds ?? 30) * 1000
  const restored = saved === undefined ? undefined : readSavedKeys(saved)
  let jwksUri = restored?.jwksUri ?? options.jwksUri
  let keySetJson = restored?.keySet
  let keySet: KeySet | undefined = keySetJson && createLocalJWKSet(keySetJson)
  let fetchedAt = restored?.fetchedAt ?? Number.NEGATIVE_INFINITY
  let inflight: Promise<KeySet> | undefined

  async function load(): Promise<KeySet> {
    jwksUri ??= await discoverJwksUri(options)
    const body = await getJson(options.fetch, jwksUri, 'key set')
    let set: KeySet
    try {
      set = createLocalJWKSet(body as JSONWebKeySet)
    } catch {
      throw new IssuerUnavailable(
        `The key set at ${jwksUri} is not a JWK Set ({"keys": [...]}, RFC 7517 §5).`,
      )
    }
    keySet = set
    keySetJson = body as JSONWebKeySet
    fetchedAt = options.now()
    return set
  }

  function refresh(): Promise<KeySet> {
    inflight ??= load().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  /** Looks `kid` up in `set`, turning "no match" into an UnknownKeyId that says how fresh the set was. */
  async function lookUp(
    set: KeySet,
    header: JWSHeaderParameters,
    token: FlattenedJWSInput,
    when: UnknownKeyId['when'],
  ): Promise<CryptoKey> {
    try {
      return await set(header, token)
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error
      throw new UnknownKeyId(when, Math.max(0, options.now() - fetchedAt) / 1000, cooldownMs / 1000)
    }
  }

  return {
    async getKey(header, token) {
      if (!keySet) return lookUp(await refresh(), header, token, 'fetched')
      try {
        return await lookUp(keySet, header, token, 'cooldown')
      } catch (error) {
        const recentlyFetched = options.now() - fetchedAt < cooldownMs
        if (!(error instanceof UnknownKeyId) || recentlyFetched) throw error
        return lookUp(await refresh(), header, token, 'refetched')
      }
    },
    jwksUri: () => jwksUri,
    snapshot: () => ({
      jwksUri: jwksUri ?? null,
      keySet: keySetJson ?? null,
      fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : null,
    }),
  }
}

async function discoverJwksUri({ issuer, fetch }: IssuerKeysOptions): Promise<string> {
  const { url, metadata } = await fetchIssuerMetadata(issuer, fetch)
  if (typeof metadata.jwks_uri !== 'string' || !metadata.jwks_uri.startsWith('https://')) {
    throw new IssuerUnavailable(
      `The metadata at ${url} has no https jwks_uri, so there are no keys to check tokens with (RFC 8414 §2).`,
    )
  }
  return metadata.jwks_uri
}
