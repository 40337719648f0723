import { tokenRequest } from '../../flows/authorization-code-pkce/pkce-client'
import { base64UrlEncode } from '../../protocol/base64url'
import { DEMO_USER, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { computeCodeChallenge, createCodeVerifier } from '../../protocol/pkce'
import { secureRandomBytes } from '../../protocol/random'
import { createBrowser } from '../../wire/browser'
import type { Lab } from '../../wire/lab'
import type { MintedToken } from './lab-tokens'

const SCOPE = 'openid profile photos.read'

/**
 * An ID token from the lab by a real OpenID Connect sign-in (OIDC Core §3.1): Authorization Code
 * with PKCE and a nonce, Alice signing in and approving in a browser of her own (its own cookies,
 * on the lab's wire), then the token request. The context carries what the client sent (nonce,
 * scope) and the access token issued alongside, so the inspector can check nonce and at_hash.
 */
export async function mintLabIdToken(lab: Lab): Promise<MintedToken> {
  const verifier = createCodeVerifier()
  const state = base64UrlEncode(secureRandomBytes(16))
  const nonce = base64UrlEncode(secureRandomBytes(16))
  const url = new URL(`${ISSUER}/authorize`)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: PHOTO_SPA_CLIENT.clientId,
    redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await computeCodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString()

  const browser = createBrowser(lab.wire, { now: lab.clock.now })
  const login = await browser.navigate(url.href, { initiator: null, follow: true })
  const consent = await browser.submitForm(
    login,
    0,
    { username: DEMO_USER.username, password: DEMO_USER.password },
    { follow: true },
  )
  await browser.submitForm(consent, 0, {}, { submitter: 'approve', follow: true })
  const callback = new URL(browser.location() ?? 'about:blank')
  if (callback.origin + callback.pathname !== PHOTO_SPA_CLIENT.redirectUri)
    throw new Error(`the sign-in stopped at ${callback.href} instead of the client's callback`)
  const params = callback.searchParams
  if (params.get('error'))
    throw new Error(
      `the authorization server answered ${params.get('error')}: ${params.get('error_description') ?? ''}`,
    )
  if (params.get('state') !== state)
    throw new Error('the callback state is not the one sent (RFC 6749 §10.12)')

  const response = await lab.wire.send(tokenRequest(params.get('code') ?? '', verifier), {
    from: 'client',
    channel: 'back',
    label: 'Inspector: token request (OpenID Connect sign-in)',
  })
  const body = (await response.json()) as {
    id_token?: unknown
    access_token?: unknown
    scope?: unknown
    error?: unknown
    error_description?: unknown
  }
  if (typeof body.id_token !== 'string' || typeof body.access_token !== 'string') {
    throw new Error(
      `the token endpoint answered ${response.status} ${String(body.error ?? 'without an id_token')}: ${String(body.error_description ?? '')}`,
    )
  }
  return {
    token: body.id_token,
    context: {
      kind: 'id_token',
      issuer: ISSUER,
      clientId: PHOTO_SPA_CLIENT.clientId,
      nonce,
      accessToken: body.access_token,
      requestedScope: SCOPE,
      grantedScope: typeof body.scope === 'string' ? body.scope : SCOPE,
      source: 'OpenID Connect sign-in (Authorization Code + PKCE), run by the inspector',
    },
  }
}
