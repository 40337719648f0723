/**
 * What the request that produced a token expected, so the token can be checked against it
 * (OIDC Core §3.1.3.7 for ID tokens, RFC 9068 §4 for access tokens). The inspector link carries it.
 */

/** Which token of a token response this is (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
export type TokenKind = 'access_token' | 'id_token' | 'refresh_token'

export const TOKEN_KINDS: readonly TokenKind[] = ['access_token', 'id_token', 'refresh_token']

export interface TokenContext {
  /** Which token of the token response this is. */
  kind?: TokenKind
  /** The issuer the client talked to; `iss` must equal it (OIDC Core §3.1.3.7, RFC 9068 §4). */
  issuer?: string
  /** The API the access token is meant for; `aud` must hold it (RFC 9068 §4). */
  audience?: string
  /** The client that asked; an ID token's `aud` must hold it (OIDC Core §3.1.3.7). */
  clientId?: string
  /** The nonce the client sent in the authentication request (OIDC Core §3.1.2.1). */
  nonce?: string
  /** The access token issued next to an ID token, to recompute `at_hash` (OIDC Core §3.1.3.6). */
  accessToken?: string
  /** The scope the client asked for (RFC 6749 §3.3). */
  requestedScope?: string
  /** The scope the token response granted (RFC 6749 §5.1). */
  grantedScope?: string
  /** A short label for where the token came from, e.g. "Authorization Code + PKCE, step 8". */
  source?: string
}
