import type { AuthorizationErrorCode } from '../../protocol/oauth-error.ts'
import { isCodeChallengeMethod, isValidCodeVerifier, type CodeChallengeMethod } from '../../protocol/pkce.ts'
import { parseScope } from '../../protocol/scope.ts'
import type { ServerContext } from '../context.ts'
import type { RequestParams } from '../http/params.ts'
import { KNOWN_SCOPES } from '../registry/scopes.ts'
import type { ClientRegistration } from '../registry/types.ts'
import type { PendingAuthorization } from '../store/records.ts'
import type { ResponseMode } from './authorization-response.ts'
import { resolveRedirectUri } from './redirect-uri.ts'
import { findResponseType } from './response-types.ts'
import { validateOpenIdParams } from './validate-openid.ts'
import { fail, type Failure } from './failure.ts'

/** The request fields known once validation passes; the id and expiry are added when stored. */
export type ValidatedAuthorization = Omit<PendingAuthorization, 'id' | 'expiresAt' | 'sessionId'>

export type AuthorizationValidation =
  /** Client or redirect URI untrustworthy: show a page, never redirect (RFC 6749 §4.1.2.1). */
  | { kind: 'page'; error: string; description: string }
  /** Anything else wrong: send the error back to the client (RFC 6749 §4.1.2.1). */
  | { kind: 'redirect'; redirectUri: string; mode: ResponseMode; error: AuthorizationErrorCode; description: string; state?: string }
  | { kind: 'valid'; client: ClientRegistration; mode: ResponseMode; request: ValidatedAuthorization }


/**
 * Validates an authorization request in the order RFC 6749 §4.1.2.1 implies: first the client and
 * the redirect URI (errors shown on a page), then everything else (errors redirected back).
 */
export function validateAuthorizationRequest(ctx: ServerContext, params: RequestParams): AuthorizationValidation {
  const { defences, profile } = ctx.options
  for (const name of ['client_id', 'redirect_uri']) {
    if (params.isRepeated(name)) return { kind: 'page', error: 'invalid_request', description: `The parameter ${name} was sent more than once (RFC 6749 §3.1).` }
  }
  const clientId = params.get('client_id')
  if (clientId === undefined) return { kind: 'page', error: 'invalid_request', description: 'The request has no client_id, so the server cannot tell which application sent you here.' }
  const client = ctx.registry.getClient(clientId)
  if (!client) return { kind: 'page', error: 'invalid_client', description: `No client is registered with client_id ${clientId}.` }
  const redirect = resolveRedirectUri(client, params.get('redirect_uri'), defences.exactRedirectMatching)
  if (!redirect.ok) return { kind: 'page', error: 'invalid_request', description: redirect.description }

  const state = params.get('state')
  const responseTypeName = params.get('response_type')
  const responseType = responseTypeName === undefined ? undefined : findResponseType(responseTypeName, profile)
  const mode: ResponseMode = responseType?.mode ?? 'query'
  const check = (): ValidatedAuthorization | Failure => {
    const [repeated] = params.repeated()
    if (repeated) return fail('invalid_request', `The parameter ${repeated} was sent more than once; send each parameter once (RFC 6749 §3.1).`)
    if (params.get('request') !== undefined) return fail('request_not_supported', 'This server does not accept request objects; send the parameters directly.')
    if (params.get('request_uri') !== undefined) return fail('request_uri_not_supported', 'This server does not accept request_uri; send the parameters directly.')
    if (responseTypeName === undefined) return fail('invalid_request', 'response_type is missing; send response_type=code (RFC 6749 §3.1.1).')
    if (!responseType) {
      const why = responseTypeName === 'token' ? ' The implicit grant is removed in OAuth 2.1 (RFC 9700 §2.1.2); use response_type=code with PKCE.' : ' Use response_type=code.'
      return fail('unsupported_response_type', `This server does not support response_type=${responseTypeName}.${why}`)
    }
    if (!client.responseTypes.includes(responseType.responseType)) {
      return fail('unauthorized_client', `Client ${clientId} is not registered for response_type=${responseType.responseType}.`)
    }
    const scope = parseScope(params.get('scope'))
    if (scope === undefined) return fail('invalid_scope', 'scope has characters RFC 6749 §3.3 does not allow (quotes, backslashes or non-ASCII).')
    if (scope.length === 0) return fail('invalid_scope', `No scope was requested. Ask for one or more of: ${client.scopes.join(' ')}.`)
    const unknown = scope.filter((s) => !KNOWN_SCOPES.includes(s))
    if (unknown.length > 0) return fail('invalid_scope', `Unknown scope ${unknown.join(' ')}. This server knows: ${KNOWN_SCOPES.join(' ')}.`)
    const notAllowed = scope.filter((s) => !client.scopes.includes(s))
    if (notAllowed.length > 0) return fail('invalid_scope', `Client ${clientId} may not ask for ${notAllowed.join(' ')}.`)
    if (defences.requireState && state === undefined) {
      return fail('invalid_request', 'state is missing. Send an unguessable state value and check it on the way back, against CSRF (RFC 6749 §10.12).')
    }
    const pkce = checkPkce()
    if ('error' in pkce) return pkce
    const openId = validateOpenIdParams(params, scope, { redirectUriSent: redirect.sent, hasPkce: pkce.codeChallenge !== undefined, requireNonce: defences.requireNonce })
    if ('error' in openId) return openId
    return { clientId, redirectUri: redirect.redirectUri, redirectUriSent: redirect.sent, responseType: responseType.responseType, responseMode: responseType.mode, scope, state, ...pkce, ...openId }
  }

  const checkPkce = (): { codeChallenge?: string; codeChallengeMethod?: CodeChallengeMethod } | Failure => {
    const challenge = params.get('code_challenge')
    const method = params.get('code_challenge_method')
    if (challenge === undefined) {
      if (method !== undefined) return fail('invalid_request', 'code_challenge_method was sent without code_challenge (RFC 7636 §4.3).')
      if (defences.requirePkce && client.type === 'public') {
        return fail('invalid_request', `Code challenge required: ${clientId} is a public client, so it must use PKCE. Send code_challenge and code_challenge_method=S256 (RFC 7636 §4.4.1).`)
      }
      return {}
    }
    const effective = method ?? 'plain'
    if (!isCodeChallengeMethod(effective)) return fail('invalid_request', `Transform algorithm not supported: code_challenge_method=${effective}. Use S256 (RFC 7636 §4.4.1).`)
    if (effective === 'plain' && profile === 'oauth2.1') {
      return fail('invalid_request', `Transform algorithm not supported: this server accepts only code_challenge_method=S256${method === undefined ? ' (an absent method means plain, RFC 7636 §4.3)' : ''}.`)
    }
    if (!isValidCodeVerifier(challenge)) return fail('invalid_request', 'code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2).')
    return { codeChallenge: challenge, codeChallengeMethod: effective }
  }

  const checked = check()
  if ('error' in checked) {
    return { kind: 'redirect', redirectUri: redirect.redirectUri, mode, error: checked.error, description: checked.description, state: params.isRepeated('state') ? undefined : state }
  }
  return { kind: 'valid', client, mode, request: checked }
}
