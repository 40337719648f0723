import * as oauth from 'oauth4webapi'
import type { CallbackCheck, CallbackRefusal, ClientCheck } from './authorization'
import { LAB_AUTHORIZATION_SERVER } from './lab-server'

export interface CallbackExpectations {
  clientId: string
  /** The state this client sent, or 'skip' for a client that does not check it (an attack scenario). */
  state: string | 'skip'
  /**
   * 'skip' for a client that ignores `iss` (an attack scenario's client without the mix-up
   * defence, RFC 9700 §4.4.2); default 'check'.
   */
  issuer?: 'check' | 'skip'
  /** The authorization server the client sent the request to; default the lab's. */
  server?: oauth.AuthorizationServer
}

/** The server as the client knows it, and the parameters it reads: without iss if it ignores it. */
function asRead(
  params: URLSearchParams,
  expected: CallbackExpectations,
): { server: oauth.AuthorizationServer; params: URLSearchParams } {
  const server = expected.server ?? LAB_AUTHORIZATION_SERVER
  if (expected.issuer !== 'skip') return { server, params }
  const read = new URLSearchParams(params)
  read.delete('iss')
  return {
    server: { ...server, authorization_response_iss_parameter_supported: false },
    params: read,
  }
}

/** The checks oauth4webapi makes on an authorization response, in its order, as plain words. */
function checksOf(params: URLSearchParams, expected: CallbackExpectations): ClientCheck[] {
  const issuer = (expected.server ?? LAB_AUTHORIZATION_SERVER).issuer
  const iss = params.get('iss')
  const state = params.get('state')
  const checks: ClientCheck[] = [
    expected.issuer === 'skip'
      ? { label: 'iss', ok: false, text: 'not checked: this client ignores iss' }
      : iss === null
        ? {
            label: 'iss',
            ok: false,
            text: 'missing, though the server says it sends one (RFC 9207 §2.4)',
          }
        : {
            label: 'iss',
            ok: iss === issuer,
            text: iss === issuer ? 'the server this client called' : `expected ${issuer}`,
          },
  ]
  if (expected.state === 'skip')
    checks.push({ label: 'state', ok: false, text: 'not checked: this client skips the check' })
  else
    checks.push({
      label: 'state',
      ok: state === expected.state,
      text:
        state === expected.state
          ? 'matches the state this client sent'
          : `differs from the state sent (${expected.state})`,
    })
  return checks
}

function refusalOf(error: unknown): CallbackRefusal {
  if (error instanceof oauth.AuthorizationResponseError) return 'error-response'
  const message = error instanceof Error ? error.message : ''
  if (message.includes('"iss"')) return 'issuer-mismatch'
  if (message.includes('"state"')) return 'state-mismatch'
  return 'other'
}

/**
 * Reads the authorization response at the client's callback with oauth4webapi's
 * validateAuthResponse: iss first (RFC 9207 §2.4), then state (RFC 6749 §10.12), then an error
 * response (§4.1.2.1). The verdict is the library's; the checks repeat it in words for the learner.
 */
export function checkCallback(url: string, expected: CallbackExpectations): CallbackCheck {
  const params = new URL(url).searchParams
  const checks = checksOf(params, expected)
  try {
    const read = asRead(params, expected)
    const valid = oauth.validateAuthResponse(
      read.server,
      { client_id: expected.clientId },
      read.params,
      expected.state === 'skip' ? oauth.skipStateCheck : expected.state,
    )
    const code = valid.get('code')
    if (code === null) throw new Error('the response carries no code')
    return { ok: true, url, code, checks }
  } catch (error) {
    return {
      ok: false,
      url,
      refusal: refusalOf(error),
      error: params.get('error') ?? undefined,
      errorDescription: params.get('error_description') ?? undefined,
      message: error instanceof Error ? error.message : String(error),
      checks,
    }
  }
}

/** The callback's parameters as oauth4webapi's token request takes them (validated again: cheap, pure). */
export function validatedParameters(url: string, expected: CallbackExpectations): URLSearchParams {
  const read = asRead(new URL(url).searchParams, expected)
  return oauth.validateAuthResponse(
    read.server,
    { client_id: expected.clientId },
    read.params,
    expected.state === 'skip' ? oauth.skipStateCheck : expected.state,
  )
}
