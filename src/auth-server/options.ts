import { API_AUDIENCE, ISSUER } from '../protocol/demo-world.ts'
import { secureRandomBytes, type RandomBytes } from '../protocol/random.ts'
import { DEMO_WORLD } from './registry/demo-world-data.ts'
import type { SigningAlg, WorldData } from './registry/types.ts'
import { DEFAULT_STORE_LIMITS, type StoreLimits } from './store/server-store.ts'

/**
 * Which rulebook the server follows.
 * - `oauth2.1` (default): OAuth 2.1 draft + RFC 9700. PKCE required for every client (a
 *   confidential client may use an OpenID nonce instead, OAuth 2.1 §7.5.1.1), `S256` only, exact
 *   redirect URI match, no implicit, no password grant, refresh tokens rotated, `redirect_uri` at
 *   the token endpoint optional (checked when sent).
 * - `rfc6749`: the original framework. `plain` PKCE allowed, implicit and password allowed for
 *   clients registered for them, `redirect_uri` at the token endpoint required when it was sent
 *   in the authorization request (RFC 6749 §4.1.3).
 */
export type ServerProfile = 'oauth2.1' | 'rfc6749'

/**
 * Defences an attack scenario can switch off (or, for requireState, on) one at a time. Every one
 * is on unless asked off, except requireState, which OAuth 2.1 leaves to the client.
 */
export interface Defences {
  /**
   * Public clients must send a code_challenge (RFC 7636 §4.4.1, RFC 9700 §2.1.1); in the oauth2.1
   * profile confidential clients must too, unless the request has scope openid and a nonce
   * (OAuth 2.1 §7.5.1.1). A code_verifier sent for a code that had no challenge is refused (PKCE
   * downgrade, RFC 9700 §4.8).
   */
  requirePkce: boolean
  /**
   * Every authorization request must carry `state`. Off by default: `state` is OPTIONAL (OAuth 2.1
   * §4.1.1) because PKCE, or an OpenID nonce, already protects the client against CSRF (OAuth 2.1
   * §2.3.3, RFC 9700 §4.7.1); oauth2.1 requires one of them. Switch it on for a scenario about a
   * client that relies on `state` alone (RFC 6749 §10.12): then a request without it is refused.
   */
  requireState: boolean
  /**
   * Redirect URIs are compared by exact string match (RFC 9700 §2.1, §4.1). When off, any URI
   * that starts with a registered one is accepted: the loose matching attackers exploit.
   */
  exactRedirectMatching: boolean
  /** A code is redeemed once; a replay is refused and its tokens revoked (RFC 6749 §4.1.2, §10.5). */
  singleUseCodes: boolean
  /** Each refresh returns a new refresh token; replaying an old one revokes the family (RFC 9700 §4.14.2). */
  refreshTokenRotation: boolean
  /**
   * An OpenID request without PKCE must carry a `nonce` (RFC 9700 §2.1.1: then the nonce is the
   * code-injection defence), and implicit ID tokens always need one (OIDC Core §3.2.2.1).
   */
  requireNonce: boolean
}

/** Lifetimes in seconds. */
export interface Lifetimes {
  /** RFC 6749 §4.1.2 recommends at most 10 minutes; we use 60 seconds. */
  authorizationCode: number
  accessToken: number
  refreshToken: number
  idToken: number
  /** How long a pending authorization request waits for login and consent. */
  authorizationRequest: number
  /** How long a login session (the cookie) lasts. */
  session: number
  /** How long a device_code and its user_code stay valid (RFC 8628 §3.2 `expires_in`). */
  deviceCode: number
}

export interface AuthorizationServerOptions {
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number
  /** The issuer identifier (RFC 8414 §2); defaults to https://auth.photos.example. */
  issuer?: string
  /** Random bytes for codes, ids and tokens; defaults to Web Crypto. */
  random?: RandomBytes
  profile?: ServerProfile
  defences?: Partial<Defences>
  lifetimes?: Partial<Lifetimes>
  /** Clients and users; defaults to the demo world. */
  world?: WorldData
  /** The `aud` of access tokens (RFC 9068 §3); defaults to https://api.photos.example. */
  audience?: string
  /** ID token algorithm for clients whose registration does not name one; defaults to ES256. */
  idTokenSigningAlg?: SigningAlg
  /** Caps on records anyone can make the server hold (see StoreLimits). */
  limits?: Partial<StoreLimits>
}

export const DEFAULT_DEFENCES: Defences = {
  requirePkce: true,
  requireState: false,
  exactRedirectMatching: true,
  singleUseCodes: true,
  refreshTokenRotation: true,
  requireNonce: true,
}

export const DEFAULT_LIFETIMES: Lifetimes = {
  authorizationCode: 60,
  accessToken: 3600,
  refreshToken: 14 * 24 * 3600,
  idToken: 3600,
  authorizationRequest: 600,
  session: 8 * 3600,
  deviceCode: 600,
}

export interface ResolvedOptions {
  now: () => number
  issuer: string
  random: RandomBytes
  profile: ServerProfile
  defences: Defences
  lifetimes: Lifetimes
  world: WorldData
  audience: string
  idTokenSigningAlg: SigningAlg
  limits: StoreLimits
}

/** Fills in defaults; an issuer with a query, a fragment or a trailing slash is refused (RFC 8414 §2). */
export function resolveOptions(options: AuthorizationServerOptions = {}): ResolvedOptions {
  const issuer = options.issuer ?? ISSUER
  const url = new URL(issuer)
  if (url.search || url.hash || issuer.endsWith('/')) {
    throw new Error(`issuer ${issuer} must have no query, no fragment and no trailing slash`)
  }
  return {
    now: options.now ?? Date.now,
    issuer,
    random: options.random ?? secureRandomBytes,
    profile: options.profile ?? 'oauth2.1',
    defences: { ...DEFAULT_DEFENCES, ...options.defences },
    lifetimes: { ...DEFAULT_LIFETIMES, ...options.lifetimes },
    world: options.world ?? DEMO_WORLD,
    audience: options.audience ?? API_AUDIENCE,
    idTokenSigningAlg: options.idTokenSigningAlg ?? 'ES256',
    limits: { ...DEFAULT_STORE_LIMITS, ...options.limits },
  }
}
