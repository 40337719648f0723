import { startAuthorization } from '../../flows/kit/client/authorization'
import { checkCallback } from '../../flows/kit/client/callback'
import { redeemCode } from '../../flows/kit/client/grants'
import { DEMO_USER, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { createBrowser } from '../../wire/browser'
import type { Lab } from '../../wire/lab'
import type { MintedToken } from './lab-tokens'

const SCOPE = 'openid profile photos.read'
const CLIENT = PHOTO_SPA_CLIENT

/**
 * An ID token from the lab by a real OpenID Connect sign-in (OIDC Core §3.1): Authorization Code
 * with PKCE and a nonce, made and checked by the flows' client (oauth4webapi), Alice signing in and
 * approving in a browser of her own (its own cookies, on the lab's wire), then the token request.
 * The context carries what the client sent (nonce, scope) and the access token issued alongside,
 * so the inspector can check nonce and at_hash.
 */
export async function mintLabIdToken(lab: Lab): Promise<MintedToken> {
  const start = await startAuthorization({
    clientId: CLIENT.clientId,
    redirectUri: CLIENT.redirectUri,
    scope: SCOPE,
    nonce: true,
  })
  const browser = createBrowser(lab.wire, { now: lab.clock.now })
  const login = await browser.navigate(start.url, { initiator: null, follow: true })
  const { username, password } = DEMO_USER
  const consent = await browser.submitForm(login, 0, { username, password }, { follow: true })
  const callback = await browser.submitForm(consent, 0, {}, { submitter: 'approve', follow: true })
  const check = checkCallback(callback.url, { clientId: CLIENT.clientId, state: start.state })
  if (!check.ok) throw new Error(`the sign-in stopped at ${callback.url}: ${check.message}`)
  const tokens = await redeemCode(
    lab,
    { clientId: CLIENT.clientId, label: 'Inspector: token request (OpenID Connect sign-in)' },
    {
      callbackUrl: callback.url,
      state: start.state,
      redirectUri: CLIENT.redirectUri,
      codeVerifier: start.codeVerifier,
      nonce: start.nonce,
    },
  )
  if (!tokens.ok || tokens.idToken === undefined)
    throw new Error(
      `the token endpoint answered ${tokens.ok ? 'without an id_token' : `${tokens.status} ${tokens.error}: ${tokens.errorDescription ?? ''}`}`,
    )
  return {
    token: tokens.idToken,
    context: {
      kind: 'id_token',
      issuer: ISSUER,
      clientId: CLIENT.clientId,
      nonce: start.nonce,
      accessToken: tokens.accessToken,
      requestedScope: SCOPE,
      grantedScope: tokens.scope ?? SCOPE,
      source: 'OpenID Connect sign-in (Authorization Code + PKCE), run by the inspector',
    },
  }
}
