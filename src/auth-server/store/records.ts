import type { CodeChallengeMethod } from '../../protocol/pkce.ts'
import type { ResponseType } from '../registry/types.ts'

/** A signed-in browser: the cookie value points here. Times in seconds. */
export interface SessionRecord {
  id: string
  sub: string
  /** When the user entered their password (OIDC Core §2 `auth_time`). */
  authTime: number
  expiresAt: number
  /** client_id -> scopes the user approved in this session (for prompt=none). */
  consents: Map<string, Set<string>>
}

/** A validated authorization request waiting for login and consent (RFC 6749 §4.1.1). */
export interface PendingAuthorization {
  id: string
  clientId: string
  redirectUri: string
  /** Whether the client sent redirect_uri itself (then the token request must match, §4.1.3). */
  redirectUriSent: boolean
  responseType: ResponseType
  /** Where the response parameters go: query for code, fragment for token (RFC 6749 §4.2.2). */
  responseMode: 'query' | 'fragment'
  scope: string[]
  state?: string
  codeChallenge?: string
  codeChallengeMethod?: CodeChallengeMethod
  nonce?: string
  maxAge?: number
  prompt: ReadonlySet<string>
  /** Set once the user has signed in for this request. */
  sessionId?: string
  expiresAt: number
}

/** An issued authorization code (RFC 6749 §4.1.2): single-use, short-lived, bound to client and URI. */
export interface AuthorizationCodeRecord {
  code: string
  clientId: string
  sub: string
  redirectUri: string
  redirectUriSent: boolean
  scope: string[]
  codeChallenge?: string
  codeChallengeMethod?: CodeChallengeMethod
  nonce?: string
  authTime: number
  /** Whether max_age was in the request, so auth_time must be in the ID token (OIDC Core §2). */
  authTimeRequired: boolean
  expiresAt: number
  used: boolean
  /** The token family created when the code was redeemed, so a replay can revoke it. */
  familyId?: string
}

/**
 * One authorization grant's lineage: every access and refresh token descending from one code (or
 * one direct grant). Revoking the family ends them all (RFC 6749 §10.5, RFC 9700 §4.14.2).
 */
export interface TokenFamily {
  id: string
  clientId: string
  sub: string
  /** The scope originally granted; refreshes may narrow but never widen it (RFC 6749 §6). */
  scope: string[]
  authTime?: number
  /**
   * When the family's first refresh token expires: no rotated refresh token outlives it, so a
   * stolen one cannot be refreshed forever (browser-based apps BCP §6.3.2.3).
   */
  refreshTokensExpireAt?: number
  /** When its last token expires (its creation until one is issued): then it can be forgotten. */
  expiresAt: number
  /**
   * The jti of every access token and the value of every refresh token in it, for revokeFamily;
   * each absent until its first token (most families never get a refresh token).
   */
  accessTokenIds?: string[]
  refreshTokens?: string[]
  revoked: boolean
  revokedReason?: string
}

/** A server-side record of a JWT access token, by jti, so it can be introspected and revoked. */
export interface AccessTokenRecord {
  jti: string
  /** base64url SHA-256 of the whole JWT: a token is ours only if it hashes to this (see findAccessToken). */
  tokenHash: string
  familyId: string
  clientId: string
  sub: string
  scope: string[]
  issuedAt: number
  expiresAt: number
  revoked: boolean
}

/** An opaque refresh token (RFC 6749 §1.5). */
export interface RefreshTokenRecord {
  token: string
  familyId: string
  clientId: string
  sub: string
  scope: string[]
  issuedAt: number
  expiresAt: number
  /** Set when rotated away: presenting it again is a replay (RFC 9700 §4.14.2). */
  used: boolean
  revoked: boolean
}
