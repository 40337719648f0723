import * as oauth from 'oauth4webapi'
import type { FlowLab } from '../flow-lab'
import type { Caller } from './grants'
import { LAB_AUTHORIZATION_SERVER as AS, labClient, overWire } from './lab-server'
import { describeClientError, type TokenFailure } from './token-result'

/** What the UserInfo endpoint said about the user, as the client library accepted it. */
export type UserInfoResult =
  | {
      ok: true
      /** The claims the endpoint returned (OIDC Core §5.3.2), `sub` checked against the ID token's. */
      claims: Record<string, unknown>
    }
  | (TokenFailure & { wwwAuthenticate?: string })

/**
 * Asks the UserInfo endpoint about the user with the access token as a Bearer credential (OIDC
 * Core §5.3.1, RFC 6750 §2.1), with oauth4webapi's userInfoRequest, and reads the answer with
 * processUserInfoResponse, which refuses a `sub` other than the ID token's (OIDC Core §5.3.2:
 * otherwise a swapped response could pass one user off as another).
 */
export async function requestUserInfo(
  lab: FlowLab,
  caller: Caller,
  accessToken: string,
  expectedSubject: string,
): Promise<UserInfoResult> {
  const { client } = labClient(lab, caller.clientId)
  let challenge: string | undefined
  try {
    const response = await oauth.userInfoRequest(
      AS,
      client,
      accessToken,
      overWire(lab, caller.label, caller.from),
    )
    challenge = response.headers.get('www-authenticate') ?? undefined
    const claims = await oauth.processUserInfoResponse(AS, client, expectedSubject, response)
    return { ok: true, claims: { ...claims } }
  } catch (error) {
    const failure = await describeClientError(error)
    return challenge === undefined ? failure : { ...failure, wwwAuthenticate: challenge }
  }
}
