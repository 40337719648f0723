import * as oauth from 'oauth4webapi'
import { LAB_AUTHORIZATION_SERVER } from './lab-server'

/** What the client keeps for one authorization request: secret until the callback and token request. */
export interface AuthorizationStart {
  /** The full authorization request URL (RFC 6749 §4.1.1). */
  url: string
  codeVerifier: string
  codeChallenge: string
  codeChallengeMethod: 'S256'
  /** One-time value tying the answer to this request (RFC 6749 §10.12). */
  state: string
  /** OpenID Connect only: the value the ID token must echo (OIDC Core §3.1.2.1). */
  nonce?: string
}

export interface AuthorizationRequest {
  clientId: string
  redirectUri: string
  scope: string
  /** Ask for a nonce (OpenID Connect sign-in). */
  nonce?: boolean
}

/**
 * Makes the PKCE pair, the state (and a nonce) with oauth4webapi and builds the authorization
 * URL. RFC 7636 §4.1-4.3; RFC 6749 §4.1.1; OIDC Core §3.1.2.1.
 */
export async function startAuthorization(
  request: AuthorizationRequest,
): Promise<AuthorizationStart> {
  const codeVerifier = oauth.generateRandomCodeVerifier()
  const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier)
  const state = oauth.generateRandomState()
  const nonce = request.nonce ? oauth.generateRandomNonce() : undefined
  const url = new URL(String(LAB_AUTHORIZATION_SERVER.authorization_endpoint))
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state,
    ...(nonce === undefined ? {} : { nonce }),
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  }).toString()
  return { url: url.href, codeVerifier, codeChallenge, codeChallengeMethod: 'S256', state, nonce }
}

/** One check the client library made on a response, in words. */
export interface ClientCheck {
  label: string
  ok: boolean
  text: string
}

/** Why a callback was refused. */
export type CallbackRefusal = 'error-response' | 'state-mismatch' | 'issuer-mismatch' | 'other'

/** The authorization response as the client read it at its callback (RFC 6749 §4.1.2). */
export type CallbackCheck =
  | { ok: true; url: string; code: string; checks: readonly ClientCheck[] }
  | {
      ok: false
      url: string
      refusal: CallbackRefusal
      /** The server's error and error_description, for an error response (§4.1.2.1). */
      error?: string
      errorDescription?: string
      /** What the library said. */
      message: string
      checks: readonly ClientCheck[]
    }
