import * as oauth from 'oauth4webapi'
import type { FlowLab } from '../flow-lab'
import type { Caller } from './grants'
import { LAB_AUTHORIZATION_SERVER as AS, labClient, overWire } from './lab-server'
import { describeClientError, type TokenFailure } from './token-result'

/**
 * Revokes a token (RFC 7009 §2.1): the server answers 200 whether or not the token was valid
 * (§2.2), so a success says only that the request was well-formed and authenticated.
 */
export async function revokeToken(
  lab: FlowLab,
  caller: Caller,
  token: string,
  hint?: 'refresh_token' | 'access_token',
): Promise<{ ok: true } | TokenFailure> {
  const { client, auth } = labClient(lab, caller.clientId)
  try {
    const options = {
      ...overWire(lab, caller.label, caller.from),
      ...(hint ? { additionalParameters: { token_type_hint: hint } } : {}),
    }
    await oauth.processRevocationResponse(
      await oauth.revocationRequest(AS, client, auth, token, options),
    )
    return { ok: true }
  } catch (error) {
    return describeClientError(error)
  }
}

/** What introspection said about a token (RFC 7662 §2.2), as plain data. */
export type IntrospectionResult =
  ({ ok: true } & Record<string, unknown> & { active: boolean }) | TokenFailure

/** Asks the authorization server whether a token is active, and what it carries (RFC 7662 §2.1). */
export async function introspect(
  lab: FlowLab,
  caller: Caller,
  token: string,
): Promise<IntrospectionResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  try {
    const response = await oauth.introspectionRequest(
      AS,
      client,
      auth,
      token,
      overWire(lab, caller.label, caller.from),
    )
    const body = await oauth.processIntrospectionResponse(AS, client, response)
    return { ...body, ok: true, active: body.active }
  } catch (error) {
    return describeClientError(error)
  }
}
