import { base64UrlEncode } from '../../protocol/base64url'
import { API_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { computeCodeChallenge, createCodeVerifier } from '../../protocol/pkce'
import { secureRandomBytes, type RandomBytes } from '../../protocol/random'

/**
 * What the public client photo-spa (the Printshop web app) does on its own side of the
 * Authorization Code + PKCE flow: pure functions over values, called by the machine's actors,
 * actions and guards.
 */

/** The scope the client asks for. RFC 6749 §3.3. */
export const REQUESTED_SCOPE = 'photos.read'
export const AUTHORIZATION_ENDPOINT = `${ISSUER}/authorize`
export const TOKEN_ENDPOINT = `${ISSUER}/token`
export const PHOTOS_ENDPOINT = `${API_ORIGIN}/photos`

/** The client's secrets for one run: kept in the client, never sent until the token request. */
export interface PkceStart {
  codeVerifier: string
  codeChallenge: string
  codeChallengeMethod: 'S256'
  /** One-time value tying the answer to this request (RFC 6749 §10.12). */
  state: string
}

/** Makes a code_verifier, its S256 challenge and a state. RFC 7636 §4.1, §4.2; RFC 6749 §10.12. */
export async function startPkce(random: RandomBytes = secureRandomBytes): Promise<PkceStart> {
  const codeVerifier = createCodeVerifier(random)
  return {
    codeVerifier,
    codeChallenge: await computeCodeChallenge(codeVerifier, 'S256'),
    codeChallengeMethod: 'S256',
    state: base64UrlEncode(random(16)),
  }
}

/** The authorization request URL. RFC 6749 §4.1.1, RFC 7636 §4.3. */
export function authorizationUrl(start: PkceStart): string {
  const url = new URL(AUTHORIZATION_ENDPOINT)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: PHOTO_SPA_CLIENT.clientId,
    redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
    scope: REQUESTED_SCOPE,
    state: start.state,
    code_challenge: start.codeChallenge,
    code_challenge_method: start.codeChallengeMethod,
  }).toString()
  return url.toString()
}

/** The authorization response as the client reads it from its callback URL. RFC 6749 §4.1.2, §4.1.2.1. */
export interface CallbackParams {
  url: string
  code?: string
  state?: string
  error?: string
  errorDescription?: string
  /** The issuer that answered (RFC 9207 §2); the client checks it against the one it called. */
  iss?: string
}

export function readCallback(url: string): CallbackParams {
  const params = new URL(url).searchParams
  const read = (name: string) => params.get(name) ?? undefined
  return {
    url,
    code: read('code'),
    state: read('state'),
    error: read('error'),
    errorDescription: read('error_description'),
    iss: read('iss'),
  }
}

/** True when the callback's state is exactly the one this client sent. RFC 6749 §10.12. */
export function stateMatches(
  sent: string | undefined,
  callback: CallbackParams | undefined,
): boolean {
  return sent !== undefined && callback?.state === sent
}

/**
 * True when the callback names the authorization server this client sent the browser to, or names
 * none (servers without RFC 9207). A different issuer means a mix-up attack. RFC 9207 §2.4.
 */
export function issuerMatches(callback: CallbackParams | undefined): boolean {
  return callback?.iss === undefined || callback.iss === ISSUER
}

/** The token request of a public client: no secret, the verifier instead. RFC 6749 §4.1.3, RFC 7636 §4.5. */
export function tokenRequest(code: string, codeVerifier: string): Request {
  return new Request(TOKEN_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      client_id: PHOTO_SPA_CLIENT.clientId,
      code_verifier: codeVerifier,
    }).toString(),
  })
}

/** A resource request with the access token as a Bearer credential. RFC 6750 §2.1. */
export function photosRequest(accessToken: string): Request {
  return new Request(PHOTOS_ENDPOINT, {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
  })
}
