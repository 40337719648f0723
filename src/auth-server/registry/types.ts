/**
 * Registration records: what the authorization server knows about each client (RFC 6749 §2,
 * RFC 7591 §2 metadata names in spirit) and each resource owner.
 */

/** Grant types a client may be registered for (RFC 6749 §4, RFC 8628 §3.4). */
export type GrantType =
  | 'authorization_code'
  | 'refresh_token'
  | 'client_credentials'
  | 'password'
  | 'urn:ietf:params:oauth:grant-type:device_code'

/** Response types of the authorization endpoint (RFC 6749 §3.1.1). */
export type ResponseType = 'code' | 'token'

/** Client authentication at the token endpoint (RFC 7591 §2, OIDC Core §9). */
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none'

/** JWS algorithms the server signs with. */
export type SigningAlg = 'ES256' | 'RS256'

export interface ClientRegistration {
  clientId: string
  /** Shown on the consent page. */
  clientName: string
  /** RFC 6749 §2.1: confidential clients hold a secret, public clients cannot. */
  type: 'confidential' | 'public'
  /** Present exactly when `type` is `confidential`. */
  clientSecret?: string
  /** Full redirect URIs, compared by exact string match (RFC 9700 §2.1). */
  redirectUris: readonly string[]
  grantTypes: readonly GrantType[]
  responseTypes: readonly ResponseType[]
  /** Scopes the client may ask for (RFC 6749 §3.3). */
  scopes: readonly string[]
  /** Accepted authentication methods; `['none']` for public clients. */
  tokenEndpointAuthMethods: readonly TokenEndpointAuthMethod[]
  /** OIDC Registration `id_token_signed_response_alg`; ES256 when absent. */
  idTokenSignedResponseAlg?: SigningAlg
}

export interface UserAccount {
  /** Subject identifier (OIDC Core §2, `sub`): stable, never reassigned. */
  sub: string
  username: string
  password: string
  name: string
  givenName: string
  familyName: string
  email: string
  emailVerified: boolean
}

/** The registry data a server is seeded with. */
export interface WorldData {
  clients: readonly ClientRegistration[]
  users: readonly UserAccount[]
}
