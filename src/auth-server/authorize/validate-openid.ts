import type { RequestParams } from '../http/params.ts'
import { fail, type Failure } from './failure.ts'

const PROMPT_VALUES = new Set(['none', 'login', 'consent', 'select_account'])

export interface OpenIdParams {
  nonce?: string
  prompt: ReadonlySet<string>
  maxAge?: number
}

/**
 * Checks the OpenID Connect parameters of an authentication request (OIDC Core §3.1.2.1):
 * `redirect_uri` is required with scope openid; `prompt` values are known and `none` stands
 * alone; `max_age` is a non-negative integer. With the requireNonce defence, a request without
 * PKCE must carry a `nonce` (RFC 9700 §2.1.1). `prompt` and `max_age` are honoured for plain OAuth
 * requests too; `nonce` is kept only for OpenID requests.
 */
export function validateOpenIdParams(
  params: RequestParams,
  scope: readonly string[],
  options: { redirectUriSent: boolean; hasPkce: boolean; requireNonce: boolean },
): OpenIdParams | Failure {
  const prompt = new Set((params.get('prompt') ?? '').split(' ').filter((value) => value !== ''))
  const unknown = [...prompt].filter((value) => !PROMPT_VALUES.has(value))
  if (unknown.length > 0)
    return fail(
      'invalid_request',
      `Unknown prompt value ${unknown.join(' ')}. Use none, login, consent or select_account (OIDC Core §3.1.2.1).`,
    )
  if (prompt.has('none') && prompt.size > 1)
    return fail(
      'invalid_request',
      'prompt=none cannot be combined with other prompt values (OIDC Core §3.1.2.1).',
    )
  const maxAgeText = params.get('max_age')
  if (maxAgeText !== undefined && !/^\d{1,9}$/.test(maxAgeText)) {
    return fail(
      'invalid_request',
      'max_age must be a whole number of seconds, for example max_age=300 (OIDC Core §3.1.2.1).',
    )
  }
  const maxAge = maxAgeText === undefined ? undefined : Number(maxAgeText)
  if (!scope.includes('openid')) return { prompt, maxAge }
  if (!options.redirectUriSent)
    return fail(
      'invalid_request',
      'An OpenID Connect request must send redirect_uri (OIDC Core §3.1.2.1).',
    )
  const nonce = params.get('nonce')
  if (nonce === undefined && options.requireNonce && !options.hasPkce) {
    return fail(
      'invalid_request',
      'nonce is missing. Without PKCE, an OpenID request must carry a nonce to bind the ID token to this request (RFC 9700 §2.1.1).',
    )
  }
  return { nonce, prompt, maxAge }
}
