import type { Browser } from '../../../wire/browser'
import { startAuthorization } from '../client/authorization'
import { checkCallback } from '../client/callback'
import { redeemCode } from '../client/grants'
import type { TokenResult } from '../client/token-result'
import type { FlowLab } from '../flow-lab'
import { signInAndAllow } from './sign-in'

/**
 * Before an attack begins: the Authorization Code flow with PKCE, all in one step, for a client
 * that then holds Alice's tokens (RFC 6749 §4.1, RFC 7636). Alice signs in and allows, the
 * browser brings the code to the client's callback, the client checks it and redeems it. Every
 * request is real and recorded.
 */
export async function connectedEarlier(
  lab: FlowLab,
  client: { clientId: string; redirectUri: string; scope: string },
): Promise<TokenResult> {
  const start = await startAuthorization(client)
  const browser: Browser = lab.browser('user-agent')
  await signInAndAllow(browser, () => browser.navigate(start.url, { initiator: null }))
  const callback = await browser.followRedirect()
  const check = checkCallback(callback.url, { clientId: client.clientId, state: start.state })
  if (!check.ok) throw new Error(`The earlier sign-in did not reach a code: ${check.message}`)
  return redeemCode(
    lab,
    { clientId: client.clientId, label: 'Token request' },
    {
      callbackUrl: callback.url,
      state: start.state,
      redirectUri: client.redirectUri,
      codeVerifier: start.codeVerifier,
    },
  )
}
