import type { ClientCheck } from './authorization'
import { LAB_AUTHORIZATION_SERVER } from './lab-server'

/** The implicit grant's answer as the legacy client's page script read it from the URL fragment. */
export type ImplicitResult =
  | {
      ok: true
      url: string
      accessToken: string
      tokenType: string
      expiresIn?: number
      scope?: string
      checks: readonly ClientCheck[]
    }
  | { ok: false; url: string; error: string; message: string; checks: readonly ClientCheck[] }

/**
 * Reads the implicit grant's response from the redirect URI's fragment (RFC 6749 §4.2.2), as the
 * legacy client's script does: the fragment never reaches a server, only the page. oauth4webapi
 * does not support this grant (OAuth 2.1 removes it), so the checks it would make on a code
 * response are made here in the same order: iss (RFC 9207 §2.4), then state (RFC 6749 §10.12),
 * then an error (§4.2.2.1).
 */
export function readImplicitResponse(url: string, expected: { state: string }): ImplicitResult {
  const params = new URLSearchParams(new URL(url).hash.slice(1))
  const iss = params.get('iss')
  const state = params.get('state')
  const issuer = LAB_AUTHORIZATION_SERVER.issuer
  const checks: ClientCheck[] = [
    {
      label: 'iss',
      ok: iss === issuer,
      text: iss === issuer ? 'the server this client called' : `expected ${issuer}`,
    },
    {
      label: 'state',
      ok: state === expected.state,
      text:
        state === expected.state
          ? 'matches the state this client sent'
          : `differs from the state sent (${expected.state})`,
    },
  ]
  const refuse = (error: string, message: string): ImplicitResult => ({
    ok: false,
    url,
    error,
    message,
    checks,
  })
  if (iss !== issuer) return refuse('issuer-mismatch', `iss is ${iss ?? 'missing'}, not ${issuer}`)
  if (state !== expected.state) return refuse('state-mismatch', 'state does not match')
  const error = params.get('error')
  if (error !== null) return refuse(error, params.get('error_description') ?? error)
  const accessToken = params.get('access_token')
  const tokenType = params.get('token_type')
  if (!accessToken || !tokenType)
    return refuse('invalid-response', 'the fragment carries no access_token and token_type')
  const expiresIn = Number(params.get('expires_in'))
  return {
    ok: true,
    url,
    accessToken,
    tokenType: tokenType.toLowerCase(),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresIn } : {}),
    ...(params.has('scope') ? { scope: params.get('scope') ?? '' } : {}),
    checks,
  }
}
