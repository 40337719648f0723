import {
  isCodeChallengeMethod,
  isValidCodeVerifier,
  type CodeChallengeMethod,
} from '../../protocol/pkce.ts'
import type { RequestParams } from '../http/params.ts'
import type { ServerProfile } from '../options.ts'
import type { ClientRegistration } from '../registry/types.ts'
import { fail, type Failure } from './failure.ts'

export interface PkceParams {
  codeChallenge?: string
  codeChallengeMethod?: CodeChallengeMethod
}

/**
 * Checks the PKCE parameters of an authorization request (RFC 7636 §4.3, §4.4.1). A missing
 * method means `plain`; the oauth2.1 profile accepts only `S256`. With `requirePkce`, a public
 * client must send a challenge (RFC 9700 §2.1.1). Every failure is `invalid_request`.
 */
export function validatePkceParams(
  params: RequestParams,
  client: ClientRegistration,
  options: { requirePkce: boolean; profile: ServerProfile },
): PkceParams | Failure {
  const challenge = params.get('code_challenge')
  const method = params.get('code_challenge_method')
  if (challenge === undefined) {
    if (method !== undefined) {
      return fail(
        'invalid_request',
        'code_challenge_method was sent without code_challenge (RFC 7636 §4.3).',
      )
    }
    if (options.requirePkce && client.type === 'public') {
      return fail(
        'invalid_request',
        `Code challenge required: ${client.clientId} is a public client, so it must use PKCE. ` +
          'Send code_challenge and code_challenge_method=S256 (RFC 7636 §4.4.1).',
      )
    }
    return {}
  }
  const effective = method ?? 'plain'
  if (!isCodeChallengeMethod(effective)) {
    return fail(
      'invalid_request',
      `Transform algorithm not supported: code_challenge_method=${effective}. Use S256 (RFC 7636 §4.4.1).`,
    )
  }
  if (effective === 'plain' && options.profile === 'oauth2.1') {
    const why = method === undefined ? ' (an absent method means plain, RFC 7636 §4.3)' : ''
    return fail(
      'invalid_request',
      `Transform algorithm not supported: this server accepts only code_challenge_method=S256${why}.`,
    )
  }
  if (!isValidCodeVerifier(challenge)) {
    return fail(
      'invalid_request',
      'code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2).',
    )
  }
  return { codeChallenge: challenge, codeChallengeMethod: effective }
}

/**
 * OAuth 2.1 §7.5.1.1: the authorization server MUST enforce PKCE for every client, unless the
 * client is confidential and the request uses the OpenID Connect nonce (scope `openid` with a
 * `nonce`), which then protects against code injection instead. The rfc6749 profile only
 * RECOMMENDS PKCE for confidential clients (RFC 9700 §2.1.1), so it lets them through; public
 * clients are checked in validatePkceParams. Switched off with the requirePkce defence.
 */
export function checkConfidentialPkce(
  client: ClientRegistration,
  request: { hasChallenge: boolean; scope: readonly string[]; nonce?: string },
  options: { requirePkce: boolean; profile: ServerProfile },
): Failure | undefined {
  if (request.hasChallenge || !options.requirePkce || options.profile !== 'oauth2.1') return
  if (client.type !== 'confidential') return
  if (request.scope.includes('openid') && request.nonce !== undefined) return
  return fail(
    'invalid_request',
    `Code challenge required: OAuth 2.1 requires PKCE for confidential clients too, unless the request is an OpenID Connect request with a nonce. ` +
      `Send code_challenge and code_challenge_method=S256, or scope openid with a nonce (OAuth 2.1 §7.5.1.1).`,
  )
}
