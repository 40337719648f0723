import { formatScope, parseScope } from '../../protocol/scope.ts'
import { KNOWN_SCOPES } from '../registry/scopes.ts'
import type { ClientRegistration } from '../registry/types.ts'

export type ScopeCheck = { ok: true; scope: string[] } | { ok: false; description: string }

/**
 * Reads the `scope` of a back-channel request (token or device authorization endpoint) and checks
 * it against what the client is registered for (RFC 6749 §3.3). An absent scope means the
 * client's registered scopes when `defaultToRegistered` is set (the "pre-defined default value"
 * of §3.3), and is an error otherwise. Every failure is `invalid_scope` (§5.2).
 */
export function checkRequestedScope(
  client: ClientRegistration,
  requested: string | undefined,
  options: { defaultToRegistered: boolean },
): ScopeCheck {
  const scope = parseScope(requested)
  if (scope === undefined)
    return {
      ok: false,
      description:
        'scope has characters RFC 6749 §3.3 does not allow (quotes, backslashes or non-ASCII).',
    }
  if (scope.length === 0) {
    if (options.defaultToRegistered && client.scopes.length > 0)
      return { ok: true, scope: [...client.scopes] }
    return {
      ok: false,
      description: `No scope was requested. Ask for one or more of: ${formatScope(client.scopes)}.`,
    }
  }
  const unknown = scope.filter((s) => !KNOWN_SCOPES.includes(s))
  if (unknown.length > 0)
    return {
      ok: false,
      description: `Unknown scope ${formatScope(unknown)}. This server knows: ${formatScope(KNOWN_SCOPES)}.`,
    }
  const notAllowed = scope.filter((s) => !client.scopes.includes(s))
  if (notAllowed.length > 0) {
    return {
      ok: false,
      description: `Client ${client.clientId} may not ask for ${formatScope(notAllowed)}; it is registered for: ${formatScope(client.scopes)}.`,
    }
  }
  return { ok: true, scope }
}
