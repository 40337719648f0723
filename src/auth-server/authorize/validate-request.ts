import type { AuthorizationErrorCode } from '../../protocol/oauth-error.ts'
import type { ServerContext } from '../context.ts'
import { checkRequestedScope } from '../grants/requested-scope.ts'
import { shown, tooLongDescription, type RequestParams } from '../http/params.ts'
import type { ClientRegistration } from '../registry/types.ts'
import type { PendingAuthorization } from '../store/records.ts'
import type { ResponseMode } from './authorization-response.ts'
import { fail, type Failure } from './failure.ts'
import { resolveRedirectUri } from './redirect-uri.ts'
import { findResponseType } from './response-types.ts'
import { validateOpenIdParams } from './validate-openid.ts'
import { checkConfidentialPkce, validatePkceParams } from './validate-pkce.ts'

/** The request fields known once validation passes; the id and expiry are added when stored. */
export type ValidatedAuthorization = Omit<PendingAuthorization, 'id' | 'expiresAt' | 'sessionId'>

export type AuthorizationValidation =
  /** Client or redirect URI untrustworthy: show a page, never redirect (RFC 6749 §4.1.2.1). */
  | { kind: 'page'; error: string; description: string }
  /** Anything else wrong: send the error back to the client (RFC 6749 §4.1.2.1). */
  | {
      kind: 'redirect'
      redirectUri: string
      mode: ResponseMode
      error: AuthorizationErrorCode
      description: string
      state?: string
    }
  | {
      kind: 'valid'
      client: ClientRegistration
      mode: ResponseMode
      request: ValidatedAuthorization
    }

const page = (error: string, description: string): AuthorizationValidation => ({
  kind: 'page',
  error,
  description,
})

/**
 * Validates an authorization request in the order RFC 6749 §4.1.2.1 implies: first the client and
 * the redirect URI (errors shown on a page), then everything else (errors redirected back, in the
 * response type's mode, with `state` unless state itself was the problem).
 */
export function validateAuthorizationRequest(
  ctx: ServerContext,
  params: RequestParams,
): AuthorizationValidation {
  for (const name of ['client_id', 'redirect_uri']) {
    if (params.isRepeated(name))
      return page(
        'invalid_request',
        `The parameter ${name} was sent more than once (RFC 6749 §3.1).`,
      )
    if (params.isTooLong(name)) return page('invalid_request', tooLongDescription(name))
  }
  const clientId = params.get('client_id')
  if (clientId === undefined) {
    return page(
      'invalid_request',
      'The request has no client_id, so the server cannot tell which application sent you here.',
    )
  }
  const client = ctx.registry.getClient(clientId)
  if (!client) return page('invalid_client', `No client is registered with client_id ${clientId}.`)
  const redirect = resolveRedirectUri(
    client,
    params.get('redirect_uri'),
    ctx.options.defences.exactRedirectMatching,
  )
  if (!redirect.ok) return page('invalid_request', redirect.description)

  const checked = checkAfterRedirect(ctx, params, client, redirect)
  const mode =
    findResponseType(params.get('response_type') ?? '', ctx.options.profile)?.mode ?? 'query'
  if ('error' in checked) {
    // A state sent twice or too long is the problem itself: it is not echoed back.
    const state =
      params.isRepeated('state') || params.isTooLong('state') ? undefined : params.get('state')
    return { kind: 'redirect', redirectUri: redirect.redirectUri, mode, ...checked, state }
  }
  return { kind: 'valid', client, mode, request: checked }
}

function checkAfterRedirect(
  ctx: ServerContext,
  params: RequestParams,
  client: ClientRegistration,
  redirect: { redirectUri: string; sent: boolean },
): ValidatedAuthorization | Failure {
  const { defences, profile } = ctx.options
  const [repeated] = params.repeated()
  if (repeated)
    return fail(
      'invalid_request',
      `The parameter ${shown(repeated)} was sent more than once; send each parameter once (RFC 6749 §3.1).`,
    )
  const [tooLong] = params.tooLong()
  if (tooLong) return fail('invalid_request', tooLongDescription(tooLong))
  if (params.get('request') !== undefined) {
    return fail(
      'request_not_supported',
      'This server does not accept request objects; send the parameters directly.',
    )
  }
  if (params.get('request_uri') !== undefined) {
    return fail(
      'request_uri_not_supported',
      'This server does not accept request_uri; send the parameters directly.',
    )
  }
  const responseTypeName = params.get('response_type')
  if (responseTypeName === undefined)
    return fail(
      'invalid_request',
      'response_type is missing; send response_type=code (RFC 6749 §3.1.1).',
    )
  const responseType = findResponseType(responseTypeName, profile)
  if (!responseType) {
    const why =
      responseTypeName === 'token'
        ? ' The implicit grant is removed in OAuth 2.1 (§10.1), after RFC 9700 §2.1.2 said it SHOULD NOT be used; use response_type=code with PKCE.'
        : ' Use response_type=code.'
    return fail(
      'unsupported_response_type',
      `This server does not support response_type=${responseTypeName}.${why}`,
    )
  }
  if (!client.responseTypes.includes(responseType.responseType)) {
    return fail(
      'unauthorized_client',
      `Client ${client.clientId} is not registered for response_type=${responseType.responseType}.`,
    )
  }
  const scope = checkRequestedScope(client, params.get('scope'), { defaultToRegistered: false })
  if (!scope.ok) return fail('invalid_scope', scope.description)
  const state = params.get('state')
  if (defences.requireState && state === undefined) {
    return fail(
      'invalid_request',
      'state is missing, and this server is set to require it (requireState). Send an unguessable state value and check it on the way back, against CSRF (RFC 6749 §10.12).',
    )
  }
  const pkce = validatePkceParams(params, client, { requirePkce: defences.requirePkce, profile })
  if ('error' in pkce) return pkce
  const openId = validateOpenIdParams(params, scope.scope, {
    redirectUriSent: redirect.sent,
    hasPkce: pkce.codeChallenge !== undefined,
    requireNonce: defences.requireNonce,
  })
  if ('error' in openId) return openId
  const confidentialPkce = checkConfidentialPkce(
    client,
    { hasChallenge: pkce.codeChallenge !== undefined, scope: scope.scope, nonce: openId.nonce },
    { requirePkce: defences.requirePkce, profile },
  )
  if (confidentialPkce) return confidentialPkce
  return {
    clientId: client.clientId,
    redirectUri: redirect.redirectUri,
    redirectUriSent: redirect.sent,
    responseType: responseType.responseType,
    responseMode: responseType.mode,
    scope: scope.scope,
    state,
    ...pkce,
    ...openId,
  }
}
