import type { ClientRegistration } from '../registry/types.ts'

export type RedirectUriResult =
  { ok: true; redirectUri: string; sent: boolean } | { ok: false; description: string }

/**
 * Picks the redirect URI for an authorization request (RFC 6749 §3.1.2). It must be absolute,
 * have no fragment, and equal a registered URI exactly (RFC 9700 §2.1). When `exact` is false
 * (the exactRedirectMatching defence switched off) any URI that merely starts with a registered
 * one passes: the loose matching of RFC 9700 §4.1. When absent, the one registered URI is used;
 * a client with several must name one (§3.1.2.3).
 */
export function resolveRedirectUri(
  client: ClientRegistration,
  requested: string | undefined,
  exact: boolean,
): RedirectUriResult {
  if (requested === undefined) {
    const [only, ...others] = client.redirectUris
    if (only !== undefined && others.length === 0)
      return { ok: true, redirectUri: only, sent: false }
    if (only === undefined) {
      return {
        ok: false,
        description: `Client ${client.clientId} has no redirect URI registered, so it cannot use the authorization endpoint.`,
      }
    }
    return {
      ok: false,
      description: `Client ${client.clientId} has ${client.redirectUris.length} registered redirect URIs, so the request must name one in redirect_uri.`,
    }
  }
  let url: URL
  try {
    url = new URL(requested)
  } catch {
    return {
      ok: false,
      description: `redirect_uri ${requested} is not an absolute URI (RFC 6749 §3.1.2).`,
    }
  }
  if (url.hash !== '' || requested.includes('#')) {
    return { ok: false, description: 'redirect_uri must not contain a fragment (RFC 6749 §3.1.2).' }
  }
  const matches = exact
    ? client.redirectUris.includes(requested)
    : client.redirectUris.some((registered) => requested.startsWith(registered))
  if (!matches) {
    return {
      ok: false,
      description: `redirect_uri ${requested} is not registered for client ${client.clientId}. Registered: ${client.redirectUris.join(', ')}. URIs are compared character by character.`,
    }
  }
  return { ok: true, redirectUri: requested, sent: true }
}
