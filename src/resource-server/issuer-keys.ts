import { createLocalJWKSet, errors } from 'jose'
import type { FlattenedJWSInput, JSONWebKeySet, JWSHeaderParameters } from 'jose'

/** The issuer's keys could not be fetched: the API cannot check any token, whose fault it is not. */
export class KeysUnavailable extends Error {
  override name = 'KeysUnavailable'
}

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

export interface IssuerKeys {
  /** A key lookup for jose's jwtVerify: picks the key by `kid`, re-fetching the set once if unknown. */
  getKey(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey>
  /** Where the keys come from, once discovered. */
  jwksUri(): string | undefined
}

type KeySet = ReturnType<typeof createLocalJWKSet>

/** The RFC 8414 §3.1 metadata URL: the well-known segment goes between host and issuer path. */
export function metadataUrl(issuer: string): string {
  const url = new URL(issuer)
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')
  return `${url.origin}/.well-known/oauth-authorization-server${path}`
}

/**
 * The issuer's signing keys, found through its metadata's `jwks_uri` (RFC 8414 §2) and cached.
 * A token whose `kid` is not in the cached set triggers one re-fetch, because the issuer may have
 * rotated its keys (OIDC Core §10.1.1); a cooldown bounds how often that can happen.
 */
export function createIssuerKeys(options: IssuerKeysOptions): IssuerKeys {
  const cooldownMs = (options.refreshCooldownSeconds ?? 30) * 1000
  let jwksUri = options.jwksUri
  let keySet: KeySet | undefined
  let fetchedAt = Number.NEGATIVE_INFINITY
  let inflight: Promise<KeySet> | undefined

  async function load(): Promise<KeySet> {
    jwksUri ??= await discoverJwksUri(options)
    const body = await getJson(options.fetch, jwksUri, 'key set')
    let set: KeySet
    try {
      set = createLocalJWKSet(body as JSONWebKeySet)
    } catch {
      throw new KeysUnavailable(
        `The key set at ${jwksUri} is not a JWK Set ({"keys": [...]}, RFC 7517 §5).`,
      )
    }
    keySet = set
    fetchedAt = options.now()
    return set
  }

  function refresh(): Promise<KeySet> {
    inflight ??= load().finally(() => {
      inflight = undefined
    })
    return inflight
  }

  return {
    async getKey(header, token) {
      const set = keySet ?? (await refresh())
      try {
        return await set(header, token)
      } catch (error) {
        const recentlyFetched = options.now() - fetchedAt < cooldownMs
        if (!(error instanceof errors.JWKSNoMatchingKey) || recentlyFetched) throw error
        return (await refresh())(header, token)
      }
    },
    jwksUri: () => jwksUri,
  }
}

async function discoverJwksUri({ issuer, fetch }: IssuerKeysOptions): Promise<string> {
  const url = metadataUrl(issuer)
  const metadata = await getJson(fetch, url, 'authorization server metadata')
  if (typeof metadata !== 'object' || metadata === null) {
    throw new KeysUnavailable(`The metadata at ${url} is not a JSON object (RFC 8414 §3.2).`)
  }
  const record = metadata as Record<string, unknown>
  if (record.issuer !== issuer) {
    throw new KeysUnavailable(
      `The metadata at ${url} names the issuer ${String(record.issuer)}, not ${issuer}, so its keys cannot be trusted (RFC 8414 §3.3).`,
    )
  }
  if (typeof record.jwks_uri !== 'string' || !record.jwks_uri.startsWith('https://')) {
    throw new KeysUnavailable(
      `The metadata at ${url} has no https jwks_uri, so there are no keys to check tokens with (RFC 8414 §2).`,
    )
  }
  return record.jwks_uri
}

async function getJson(
  fetch: IssuerKeysOptions['fetch'],
  url: string,
  what: string,
): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(new Request(url, { headers: { Accept: 'application/json' } }))
  } catch (error) {
    throw new KeysUnavailable(
      `The photo API could not reach ${url} for the issuer's ${what}: ${describe(error)}.`,
    )
  }
  if (!response.ok) {
    throw new KeysUnavailable(
      `The photo API asked ${url} for the issuer's ${what} and got ${response.status} ${response.statusText}`.trimEnd() +
        '.',
    )
  }
  try {
    return await response.json()
  } catch {
    throw new KeysUnavailable(`The issuer's ${what} at ${url} is not valid JSON.`)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
