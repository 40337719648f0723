/**
 * OAuth error codes and the JSON error shape shared by the servers and the UI.
 * RFC 6749 §4.1.2.1 (authorization), §5.2 (token), RFC 6750 §3.1 (bearer), RFC 7009 §2.2.1,
 * RFC 8628 §3.5 (device), OpenID Connect Core §3.1.2.6 (authentication).
 */

/** Errors sent back to the client's redirect URI. RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6. */
export type AuthorizationErrorCode =
  | 'invalid_request'
  | 'unauthorized_client'
  | 'access_denied'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'interaction_required'
  | 'login_required'
  | 'consent_required'
  | 'account_selection_required'
  | 'invalid_request_uri'
  | 'invalid_request_object'
  | 'request_not_supported'
  | 'request_uri_not_supported'
  | 'registration_not_supported'

/** Errors of the token endpoint and its neighbours. RFC 6749 §5.2, RFC 7009 §2.2.1, RFC 8628 §3.5. */
export type TokenErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'unsupported_token_type'
  | 'authorization_pending'
  | 'slow_down'
  | 'access_denied'
  | 'expired_token'
  | 'server_error'

/** Errors a resource server puts in its Bearer challenge. RFC 6750 §3.1. */
export type BearerErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope'

/** Errors that are not OAuth's but that our handlers still answer in the same JSON shape. */
export type HttpErrorCode = 'not_found' | 'method_not_allowed'

export type OAuthErrorCode =
  AuthorizationErrorCode | TokenErrorCode | BearerErrorCode | HttpErrorCode

/** The error body every endpoint returns: `error` plus a description a learner can act on. */
export interface OAuthErrorBody {
  error: OAuthErrorCode
  error_description: string
  error_uri?: string
}

/**
 * `error` and `error_description` may only use %x20-21 / %x23-5B / %x5D-7E (RFC 6749 §4.1.2.1,
 * §5.2): printable ASCII without `"` and `\`.
 */
const ERROR_TEXT_PATTERN = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/

/** True when `text` may appear as an error or error_description value. RFC 6749 §5.2. */
export function isValidErrorText(text: string): boolean {
  return ERROR_TEXT_PATTERN.test(text)
}

/**
 * Makes text fit an error_description, in a JSON body (RFC 6749 §5.2) or a quoted challenge
 * attribute (RFC 6750 §3): only %x20-21 / %x23-5B / %x5D-7E. `§` becomes `section `, `"` becomes
 * `'`, `\` becomes `/`, a dash `-`, any other non-ASCII character `?`.
 */
export function toErrorText(text: string): string {
  return text
    .replace(/\u00a7 ?/g, 'section ')
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7E]/g, '?')
}

/** Builds an error body whose description is always valid on the wire (see toErrorText). */
export function oauthError(error: OAuthErrorCode, description: string): OAuthErrorBody {
  return { error, error_description: toErrorText(description) }
}

/** True when a parsed JSON value has the shape of an OAuth error body. */
export function isOAuthErrorBody(value: unknown): value is OAuthErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { error?: unknown }).error === 'string' &&
    typeof (value as { error_description?: unknown }).error_description === 'string'
  )
}
