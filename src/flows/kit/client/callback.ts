import * as oauth from 'oauth4webapi'
import type { CallbackCheck, CallbackRefusal, ClientCheck } from './authorization'
import { LAB_AUTHORIZATION_SERVER } from './lab-server'

export interface CallbackExpectations {
  clientId: string
  /** The state this client sent, or 'skip' for a client that does not check it (an attack scenario). */
  state: string | 'skip'
}

/** The checks oauth4webapi makes on an authorization response, in its order, as plain words. */
function checksOf(params: URLSearchParams, expected: CallbackExpectations): ClientCheck[] {
  const issuer = LAB_AUTHORIZATION_SERVER.issuer
  const iss = params.get('iss')
  const state = params.get('state')
  const checks: ClientCheck[] = [
    iss === null
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
    const valid = oauth.validateAuthResponse(
      LAB_AUTHORIZATION_SERVER,
      { client_id: expected.clientId },
      params,
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
  return oauth.validateAuthResponse(
    LAB_AUTHORIZATION_SERVER,
    { client_id: expected.clientId },
    new URL(url).searchParams,
    expected.state === 'skip' ? oauth.skipStateCheck : expected.state,
  )
}
