import {
  discoverIntrospectionEndpoint,
  introspectAccessToken,
  type IntrospectionCredentials,
} from './introspection.ts'
import { readObject, readString, SnapshotError } from '../protocol/snapshot-data.ts'
import { createIssuerKeys, type IssuerKeysSnapshot } from './issuer-keys.ts'
import { IssuerUnavailable } from './issuer-metadata.ts'
import { verifyAccessToken, type Verification } from './verify-access-token.ts'

/**
 * How the API decides that an access token is good.
 * - `local-jwt`: verifies the JWT itself against the issuer's keys (RFC 9068 §4). Fast and
 *   offline, but blind to revocation: a revoked token passes until its `exp`.
 * - `introspection`: asks the issuer on every request (RFC 7662), so revocation (at /revoke, or
 *   of a whole grant after a replayed code or a reused refresh token) takes effect at once, at the
 *   cost of a round trip and of the API holding client credentials.
 */
export type TokenCheck = 'local-jwt' | 'introspection'

export interface TokenCheckerOptions {
  readonly issuer: string
  readonly audience: string
  readonly fetch: (request: Request) => Promise<Response>
  readonly now: () => number
  readonly jwksUri?: string
  readonly jwksRefreshCooldownSeconds?: number
  readonly algorithms?: readonly string[]
  readonly clockToleranceSeconds?: number
  readonly tokenCheck?: TokenCheck
  readonly introspection?: IntrospectionCredentials
}

/** Checks tokens one of the two ways, switchable at run time. */
export interface TokenChecker {
  check(token: string): Promise<Verification>
  mode(): TokenCheck
  /** Throws for 'introspection' when the API has no client credentials. */
  setMode(mode: TokenCheck): void
  snapshot(): TokenCheckerSnapshot
}

/** How the API checks tokens, and what it learnt of its issuer (keys, introspection endpoint). */
export interface TokenCheckerSnapshot {
  mode: TokenCheck
  keys: IssuerKeysSnapshot
  introspectionEndpoint: string | null
}

function readSavedChecker(saved: unknown) {
  const object = readObject(saved, "the API's token check")
  const mode = readString(object.mode, 'the token check mode')
  if (mode !== 'local-jwt' && mode !== 'introspection')
    throw new SnapshotError(`Unknown saved token check ${mode}.`)
  const endpoint = object.introspectionEndpoint
  return {
    mode: mode as TokenCheck,
    keys: readObject(object.keys, "the API's cached keys"),
    endpoint: endpoint === null ? undefined : readString(endpoint, 'the introspection endpoint'),
  }
}

/** `saved` (a snapshot) brings back an earlier checker's mode and what it had learnt. */
export function createTokenChecker(options: TokenCheckerOptions, saved?: unknown): TokenChecker {
  const { issuer, audience, now, introspection } = options
  const restored = saved === undefined ? undefined : readSavedChecker(saved)
  const keys = createIssuerKeys(
    {
      issuer,
      fetch: options.fetch,
      now,
      jwksUri: options.jwksUri,
      refreshCooldownSeconds: options.jwksRefreshCooldownSeconds,
    },
    restored?.keys,
  )
  const verifyOptions = {
    issuer,
    audience,
    keys,
    now,
    algorithms: options.algorithms ?? ['ES256'],
    clockToleranceSeconds: options.clockToleranceSeconds ?? 0,
  }
  const introspectOptions = introspection && {
    issuer,
    audience,
    fetch: options.fetch,
    credentials: introspection,
  }
  let endpoint: Promise<string> | undefined =
    restored?.endpoint === undefined ? undefined : Promise.resolve(restored.endpoint)
  let discovered = restored?.endpoint
  let mode: TokenCheck = 'local-jwt'

  async function introspect(token: string): Promise<Verification> {
    if (!introspectOptions) throw new Error('no introspection credentials')
    endpoint ??= discoverIntrospectionEndpoint(introspectOptions).then((url) => (discovered = url))
    try {
      return await introspectAccessToken(token, introspectOptions, await endpoint)
    } catch (error) {
      // Discovery failed: try again on the next request rather than remembering the failure.
      endpoint = discovered = undefined
      if (!(error instanceof IssuerUnavailable)) throw error
      return { ok: false, reason: 'issuer_unavailable', description: error.message }
    }
  }

  const checker: TokenChecker = {
    check: (token) =>
      mode === 'introspection' ? introspect(token) : verifyAccessToken(token, verifyOptions),
    mode: () => mode,
    setMode(next) {
      if (next === 'introspection' && introspection === undefined)
        throw new Error(
          "tokenCheck 'introspection' needs the API's client credentials (the introspection option)",
        )
      mode = next
    },
    snapshot: () => ({
      mode,
      keys: keys.snapshot(),
      introspectionEndpoint: discovered ?? null,
    }),
  }
  checker.setMode(restored?.mode ?? options.tokenCheck ?? 'local-jwt')
  return checker
}
