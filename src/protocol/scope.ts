/**
 * Scope strings: space-delimited, case-sensitive lists of scope tokens (RFC 6749 §3.3).
 * scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
 */

const SCOPE_TOKEN_PATTERN = /^[\x21\x23-\x5B\x5D-\x7E]+$/

/** True when `token` is a syntactically valid scope token. RFC 6749 §3.3. */
export function isScopeToken(token: string): boolean {
  return SCOPE_TOKEN_PATTERN.test(token)
}

/**
 * Splits a scope string into its tokens, in order, without duplicates. Runs of spaces are
 * tolerated. Returns `undefined` when a token has a character §3.3 forbids (`"`, `\`, controls,
 * non-ASCII).
 */
export function parseScope(scope: string | undefined): string[] | undefined {
  if (scope === undefined) return []
  const tokens = scope.split(' ').filter((token) => token.length > 0)
  if (!tokens.every(isScopeToken)) return undefined
  return [...new Set(tokens)]
}

/** Joins scope tokens with single spaces. RFC 6749 §3.3. */
export function formatScope(scopes: readonly string[]): string {
  return scopes.join(' ')
}

/** True when every requested scope is in `granted` (refresh narrowing, RFC 6749 §6). */
export function isScopeSubset(requested: readonly string[], granted: readonly string[]): boolean {
  return requested.every((scope) => granted.includes(scope))
}

/** True when the scope list contains `scope`. */
export function hasScope(scopes: readonly string[] | string, scope: string): boolean {
  const list = typeof scopes === 'string' ? (parseScope(scopes) ?? []) : scopes
  return list.includes(scope)
}
