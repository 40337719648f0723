import {
  discoverIntrospectionEndpoint,
  introspectAccessToken,
  type IntrospectionCredentials,
} from './introspection.ts'
import { createIssuerKeys } from './issuer-keys.ts'
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
}

export function createTokenChecker(options: TokenCheckerOptions): TokenChecker {
  const { issuer, audience, now, introspection } = options
  const keys = createIssuerKeys({
    issuer,
    fetch: options.fetch,
    now,
    jwksUri: options.jwksUri,
    refreshCooldownSeconds: options.jwksRefreshCooldownSeconds,
  })
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
  let endpoint: Promise<string> | undefined
  let mode: TokenCheck = 'local-jwt'

  async function introspect(token: string): Promise<Verification> {
    if (!introspectOptions) throw new Error('no introspection credentials')
    endpoint ??= discoverIntrospectionEndpoint(introspectOptions)
    try {
      return await introspectAccessToken(token, introspectOptions, await endpoint)
    } catch (error) {
      // Discovery failed: try again on the next request rather than remembering the failure.
      endpoint = undefined
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
  }
  checker.setMode(options.tokenCheck ?? 'local-jwt')
  return checker
}
