import { PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../../protocol/demo-world.ts'
import type { AuthorizationServer } from '../../index.ts'
import { createBrowserClient } from '../browser-client.ts'
import { authorizationParams, obtainCode, postForm, redeemCode } from '../test-kit.ts'
import type { SetupValues } from './table.ts'

/**
 * Setups for the rows of the bad-request table that need server state: a real code, real tokens
 * or a half-finished sign-in, each obtained through the server's own endpoints.
 */

async function tokensFor(
  server: AuthorizationServer,
  scope = 'openid profile photos.read',
): Promise<SetupValues> {
  const run = await obtainCode(server, 'photo-spa', { scope })
  const response = await redeemCode(server, run)
  if (response.status !== 200)
    throw new Error(`setup: token request failed with ${response.status}`)
  const body = (await response.json()) as { access_token: string; refresh_token: string }
  return { access_token: body.access_token, refresh_token: body.refresh_token }
}

/** A fresh code for photo-spa and its PKCE verifier. */
export async function spaCode(server: AuthorizationServer): Promise<SetupValues> {
  const run = await obtainCode(server, 'photo-spa')
  return { code: run.code, verifier: run.verifier }
}

/** A code for printshop from a request that had no code_challenge (nonce only). */
export async function printshopCodeWithoutPkce(server: AuthorizationServer): Promise<SetupValues> {
  const run = await obtainCode(server, 'printshop', {
    code_challenge: '',
    code_challenge_method: '',
  })
  return { code: run.code, verifier: run.verifier }
}

/** A photo-spa code that has already been redeemed once. */
export async function usedSpaCode(server: AuthorizationServer): Promise<SetupValues> {
  const run = await obtainCode(server, 'photo-spa')
  const first = await redeemCode(server, run)
  if (first.status !== 200) throw new Error(`setup: first redemption failed with ${first.status}`)
  return { code: run.code, verifier: run.verifier }
}

/** A photo-spa code whose 60 seconds have passed on the server clock. */
export async function expiredSpaCode(server: AuthorizationServer): Promise<SetupValues> {
  const values = await spaCode(server)
  server.clock.advance(61)
  return values
}

/** Tokens for photo-spa with openid profile photos.read. */
export const spaTokens = (server: AuthorizationServer) => tokensFor(server)

/** An access token without scope openid. */
export const tokensWithoutOpenid = (server: AuthorizationServer) => tokensFor(server, 'photos.read')

/** Tokens whose access token has expired (the clock moved past its hour). */
export async function expiredTokens(server: AuthorizationServer): Promise<SetupValues> {
  const values = await tokensFor(server)
  server.clock.advance(3601)
  return values
}

/** A refresh token that was already rotated away (used once). */
export async function rotatedRefreshToken(server: AuthorizationServer): Promise<SetupValues> {
  const values = await tokensFor(server)
  const rotated = await postForm(server, {
    grant_type: 'refresh_token',
    refresh_token: values.refresh_token!,
    client_id: PHOTO_SPA_CLIENT.clientId,
  })
  if (rotated.status !== 200) throw new Error(`setup: refresh failed with ${rotated.status}`)
  return values
}

/** Tokens whose code was then replayed, so the server revoked the whole grant. */
export async function replayedGrant(server: AuthorizationServer): Promise<SetupValues> {
  const run = await obtainCode(server, 'photo-spa')
  const body = (await (await redeemCode(server, run)).json()) as {
    access_token: string
    refresh_token: string
  }
  const replay = await redeemCode(server, run)
  if (replay.status !== 400) throw new Error(`setup: the replay was not refused (${replay.status})`)
  return { access_token: body.access_token, refresh_token: body.refresh_token }
}

function browserOf(server: AuthorizationServer) {
  const origin = new URL(server.issuer).origin
  return createBrowserClient(
    (request) => server.fetch(request),
    (url) => url.origin === origin,
  )
}

/**
 * A browser signed in as Alice and stopped on the consent page of a photo-spa request: the
 * request_id and the session cookie to send with it.
 */
export async function atConsent(server: AuthorizationServer): Promise<SetupValues> {
  const browser = browserOf(server)
  const { params } = await authorizationParams('photo-spa')
  const login = await browser.open(`${server.issuer}/authorize?${new URLSearchParams(params)}`)
  const consent = await browser.submit(login, { username: 'alice', password: 'wonderland' })
  const requestId = new URL(consent.url).searchParams.get('request_id')
  const session = browser.cookies(new URL(server.issuer).origin).get('as_session')
  if (consent.status !== 200 || !requestId || !session)
    throw new Error(`setup: not on the consent page (${consent.status} ${consent.url})`)
  return { requestId, cookie: `as_session=${session}` }
}

/** A consent page in one browser, and the session cookie of a second browser signed in as well. */
export async function atConsentTwoBrowsers(server: AuthorizationServer): Promise<SetupValues> {
  const first = await atConsent(server)
  const second = await atConsent(server)
  return { requestId: first.requestId!, cookie: second.cookie! }
}

/** A pending printshop request waiting on the login page: its request_id. */
export async function atLogin(server: AuthorizationServer): Promise<SetupValues> {
  const { params } = await authorizationParams('printshop')
  const response = await server.fetch(
    new Request(`${server.issuer}/authorize?${new URLSearchParams(params)}`),
  )
  const requestId = new URL(response.headers.get('location') ?? server.issuer).searchParams.get(
    'request_id',
  )
  if (!requestId)
    throw new Error(`setup: /authorize did not send the browser to login (${response.status})`)
  return { requestId }
}

/** printshop's Basic credentials, for rows that redeem printshop codes. */
export const PRINTSHOP_BASIC = [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret] as const
