import * as oauth from 'oauth4webapi'
import type { RoleId } from '../../../protocol/roles'
import type { FlowLab } from '../flow-lab'
import { validatedParameters } from './callback'
import { LAB_AUTHORIZATION_SERVER as AS, labClient, overWire } from './lab-server'
import {
  describeClientError,
  tokenResult,
  type TokenFailure,
  type TokenResult,
} from './token-result'

/** Who sends a token request, and its caption in the recorded HTTP. */
export interface Caller {
  clientId: string
  label: string
  from?: RoleId
}

/**
 * The authorization code grant's token request and its answer (RFC 6749 §4.1.3-4.1.4, RFC 7636
 * §4.5), with oauth4webapi: the code from the callback, the redirect_uri, the code_verifier, and the
 * client's authentication; an ID token is validated (OIDC Core §3.1.3.7) against `nonce`.
 */
export async function redeemCode(
  lab: FlowLab,
  caller: Caller,
  request: {
    callbackUrl: string
    /** The state the client sent, or 'skip' (a client that does not check it). */
    state: string
    redirectUri: string
    /** Absent for a client (or an attacker) that has no verifier: no code_verifier is sent. */
    codeVerifier?: string
    nonce?: string
    /** Which server's token endpoint the client uses, and whether it checked iss (mix-up). */
    server?: oauth.AuthorizationServer
    issuer?: 'check' | 'skip'
  },
): Promise<TokenResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  const server = request.server ?? AS
  return tokenResult(async () => {
    const params = validatedParameters(request.callbackUrl, {
      clientId: caller.clientId,
      state: request.state,
      issuer: request.issuer,
      server,
    })
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      auth,
      params,
      request.redirectUri,
      request.codeVerifier ?? oauth.nopkce,
      overWire(lab, caller.label, caller.from),
    )
    return oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: request.nonce ?? oauth.expectNoNonce,
    })
  })
}

/** The client credentials grant (RFC 6749 §4.4.2-4.4.3): the client asks for a token for itself. */
export async function requestClientCredentials(
  lab: FlowLab,
  caller: Caller,
  scope: string,
): Promise<TokenResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  return tokenResult(async () => {
    const response = await oauth.clientCredentialsGrantRequest(
      AS,
      client,
      auth,
      { scope },
      overWire(lab, caller.label, caller.from),
    )
    return oauth.processClientCredentialsResponse(AS, client, response)
  })
}

/** The refresh token grant (RFC 6749 §6): a new access token, and with rotation a new refresh token. */
export async function refreshTokens(
  lab: FlowLab,
  caller: Caller,
  refreshToken: string,
): Promise<TokenResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  return tokenResult(async () => {
    const response = await oauth.refreshTokenGrantRequest(
      AS,
      client,
      auth,
      refreshToken,
      overWire(lab, caller.label, caller.from),
    )
    return oauth.processRefreshTokenResponse(AS, client, response)
  })
}

/** The device authorization response, as the device keeps it (RFC 8628 §3.2). */
export type DeviceStart =
  | {
      ok: true
      deviceCode: string
      userCode: string
      verificationUri: string
      verificationUriComplete?: string
      expiresIn: number
      /** Seconds between polls; 5 when the server names none (§3.2). */
      interval: number
    }
  | TokenFailure

/** The device authorization request (RFC 8628 §3.1) and its answer (§3.2). */
export async function requestDeviceAuthorization(
  lab: FlowLab,
  caller: Caller,
  scope: string,
): Promise<DeviceStart> {
  const { client, auth } = labClient(lab, caller.clientId)
  try {
    const response = await oauth.deviceAuthorizationRequest(
      AS,
      client,
      auth,
      { scope },
      overWire(lab, caller.label, caller.from),
    )
    const body = await oauth.processDeviceAuthorizationResponse(AS, client, response)
    return {
      ok: true,
      deviceCode: body.device_code,
      userCode: body.user_code,
      verificationUri: body.verification_uri,
      verificationUriComplete: body.verification_uri_complete,
      expiresIn: body.expires_in,
      interval: body.interval ?? 5,
    }
  } catch (error) {
    return describeClientError(error)
  }
}

/**
 * One poll of the token endpoint with the device code (RFC 8628 §3.4-3.5): tokens, or one of
 * authorization_pending, slow_down, access_denied, expired_token.
 */
export async function pollDeviceCode(
  lab: FlowLab,
  caller: Caller,
  deviceCode: string,
): Promise<TokenResult> {
  const { client, auth } = labClient(lab, caller.clientId)
  return tokenResult(async () => {
    const response = await oauth.deviceCodeGrantRequest(
      AS,
      client,
      auth,
      deviceCode,
      overWire(lab, caller.label, caller.from),
    )
    return oauth.processDeviceCodeResponse(AS, client, response)
  })
}
