import { DEMO_USER, PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import { startAuthorization } from '../kit/client/authorization'
import { checkCallback } from '../kit/client/callback'
import { redeemCode } from '../kit/client/grants'
import type { TokenResult } from '../kit/client/token-result'
import type { FlowLab } from '../kit/flow-lab'

export const SCOPE = 'photos.read'

/**
 * The Authorization Code flow with PKCE for the confidential client printshop, all in one go: the
 * browser follows every redirect, Alice signs in with the demo credentials and allows, and the
 * client redeems the code with its secret. Every request is real and recorded.
 */
export async function authorizeEarlier(lab: FlowLab): Promise<TokenResult> {
  const start = await startAuthorization({
    clientId: PRINTSHOP_CLIENT.clientId,
    redirectUri: PRINTSHOP_CLIENT.redirectUri,
    scope: SCOPE,
  })
  const browser = lab.browser('user-agent')
  const login = await browser.navigate(start.url, { initiator: null, follow: true })
  const { username, password } = DEMO_USER
  const consent = await browser.submitForm(login, 0, { username, password }, { follow: true })
  const callback = await browser.submitForm(consent, 0, {}, { submitter: 'approve', follow: true })
  const check = checkCallback(callback.url, {
    clientId: PRINTSHOP_CLIENT.clientId,
    state: start.state,
  })
  if (!check.ok) throw new Error(`The earlier sign-in did not reach a code: ${check.message}`)
  return redeemCode(
    lab,
    { clientId: PRINTSHOP_CLIENT.clientId, label: 'Token request' },
    {
      callbackUrl: callback.url,
      state: start.state,
      redirectUri: PRINTSHOP_CLIENT.redirectUri,
      codeVerifier: start.codeVerifier,
    },
  )
}
