import * as oauth from 'oauth4webapi'
import type { FlowLab } from '../flow-lab'
import type { Caller } from './grants'
import { LAB_AUTHORIZATION_SERVER as AS, labClient, overWire } from './lab-server'
import { tokenResult, type TokenResult } from './token-result'

/** What the resource owner typed into the client's own form. */
export interface PasswordCredentials {
  username: string
  password: string
}

/**
 * The resource owner password credentials grant (RFC 6749 §4.3.2): the client sends the user's
 * username and password to the token endpoint with its own authentication. oauth4webapi has no
 * call of its own for this grant, which RFC 9700 §2.4 says MUST NOT be used and OAuth 2.1 §10
 * omits; its genericTokenEndpointRequest sends any grant_type, and the answer is read like any
 * token response (RFC 6749 §4.3.3, §5.1).
 */
export async function requestPasswordGrant(
  lab: FlowLab,
  caller: Caller,
  credentials: PasswordCredentials,
  scope: string,
): Promise<TokenResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  return tokenResult(async () => {
    const response = await oauth.genericTokenEndpointRequest(
      AS,
      client,
      auth,
      'password',
      { username: credentials.username, password: credentials.password, scope },
      overWire(lab, caller.label, caller.from),
    )
    return oauth.processGenericTokenEndpointResponse(AS, client, response)
  })
}
