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

/**
 * What a client leaves out of its authorization request, in an attack scenario: a client without
 * PKCE, without state, or (the legacy implicit grant) asking for the token itself.
 */
export interface ClientChoices {
  /** Send a PKCE code_challenge (RFC 7636 §4.3). Default true. */
  pkce?: boolean
  /** Send a state (RFC 6749 §10.12). Default true. */
  state?: boolean
  /** code (default), or token: the implicit grant, only in the rfc6749 profile (RFC 6749 §4.2.1). */
  responseType?: 'code' | 'token'
  /** The authorization server the request goes to; default the lab's. */
  server?: oauth.AuthorizationServer
}

/** An authorization request as a client of an attack scenario made it: what it left out is absent. */
export interface ClientAuthorization {
  url: string
  /** The issuer the client sent the request to, which it stores to check `iss` later (RFC 9207 §2.4). */
  issuer: string
  state?: string
  codeVerifier?: string
  codeChallenge?: string
}

/**
 * An authorization request built as startAuthorization builds it, with oauth4webapi's values,
 * leaving out what `choices` leave out. RFC 6749 §4.1.1, §4.2.1; RFC 7636 §4.3.
 */
export async function startAuthorizationWith(
  request: AuthorizationRequest,
  choices: ClientChoices,
): Promise<ClientAuthorization> {
  const server = choices.server ?? LAB_AUTHORIZATION_SERVER
  const codeVerifier = choices.pkce === false ? undefined : oauth.generateRandomCodeVerifier()
  const codeChallenge =
    codeVerifier === undefined ? undefined : await oauth.calculatePKCECodeChallenge(codeVerifier)
  const state = choices.state === false ? undefined : oauth.generateRandomState()
  const url = new URL(String(server.authorization_endpoint))
  const params = new URLSearchParams({
    response_type: choices.responseType ?? 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
  })
  if (state !== undefined) params.set('state', state)
  if (codeChallenge !== undefined) {
    params.set('code_challenge', codeChallenge)
    params.set('code_challenge_method', 'S256')
  }
  url.search = params.toString()
  return { url: url.href, issuer: server.issuer, state, codeVerifier, codeChallenge }
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
