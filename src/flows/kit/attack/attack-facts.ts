import type { ApiResult } from '../client/resource'
import type { TokenResult } from '../client/token-result'
import type { StepFact } from '../flow-module'

/**
 * The facts of an attack's end, from the real answers: who refused, with which error and words
 * (the servers' or the client library's own), and the spec of the check; or what Mallory now holds.
 */

/** A token endpoint's refusal (RFC 6749 §5.2). */
export function tokenRefusalFacts(
  by: string,
  tokens: TokenResult | undefined,
  spec: string,
): StepFact[] {
  if (!tokens || tokens.ok) return []
  return [
    { label: 'refused by', value: by, format: 'text' },
    { label: 'status', value: tokens.status === 0 ? '(not reached)' : String(tokens.status) },
    { label: 'error', value: tokens.error },
    { label: 'error_description', value: tokens.errorDescription ?? '(none)', format: 'text' },
    { label: 'the check', value: spec, format: 'text' },
  ]
}

/** A resource server's refusal, from its Bearer challenge and body (RFC 6750 §3). */
export function apiRefusalFacts(by: string, api: ApiResult | undefined, spec: string): StepFact[] {
  if (!api || api.status === 200) return []
  const body = (api.body ?? {}) as { error?: unknown; error_description?: unknown }
  return [
    { label: 'refused by', value: by, format: 'text' },
    { label: 'status', value: String(api.status) },
    { label: 'error', value: String(body.error ?? '(none)') },
    {
      label: 'error_description',
      value: String(body.error_description ?? '(none)'),
      format: 'text',
    },
    { label: 'WWW-Authenticate', value: api.wwwAuthenticate ?? '(none)' },
    { label: 'the check', value: spec, format: 'text' },
  ]
}

/** What a successful token response put in Mallory's hands. */
export function stolenTokenFacts(tokens: TokenResult | undefined): StepFact[] {
  if (!tokens?.ok) return []
  return [
    { label: 'Mallory now holds an access token', value: tokens.accessToken },
    { label: 'scope', value: tokens.scope ?? '(as requested)' },
    ...(tokens.refreshToken ? [{ label: 'and a refresh token', value: tokens.refreshToken }] : []),
  ]
}
