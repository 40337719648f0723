import type { ClientCheck } from '../kit/client/authorization'

/** What the legacy app's own script made of the fragment in its address bar (RFC 6749 §4.2.2). */
export type FragmentCheck =
  | {
      ok: true
      /** The address bar, fragment included. */
      url: string
      accessToken: string
      tokenType: string
      expiresIn?: number
      scope?: string
      checks: readonly ClientCheck[]
    }
  | {
      ok: false
      url: string
      /** An error response (§4.2.2.1), a failed check, or no token at all. */
      refusal: 'error-response' | 'state-mismatch' | 'issuer-mismatch' | 'no-token'
      error?: string
      errorDescription?: string
      /** Why the script stopped, in a sentence. */
      message: string
      checks: readonly ClientCheck[]
    }

export interface FragmentExpectations {
  /** The state the app sent and kept (RFC 6749 §4.2.1). */
  state: string
  /** The issuer it sent Alice to; the server sends iss in every response (RFC 9207 §2). */
  issuer: string
}

/**
 * Reads an implicit grant's authorization response from the URL's fragment, as a legacy browser
 * app's own script does with location.hash: oauth4webapi, the library the other flows use, does
 * not implement the implicit grant, so there is no library call to make. The script checks what
 * it can, iss (RFC 9207 §2.4) and then state (RFC 6749 §4.2.2, §10.12), in oauth4webapi's order
 * for a code; nothing can tell it whether the token was issued to this client (RFC 6749 §10.16).
 */
export function readFragment(url: string, expected: FragmentExpectations): FragmentCheck {
  const params = new URLSearchParams(new URL(url).hash.slice(1))
  const iss = params.get('iss')
  const state = params.get('state')
  const checks: ClientCheck[] = [
    {
      label: 'iss',
      ok: iss === expected.issuer,
      text:
        iss === null
          ? 'missing, though the server sends one in every response (RFC 9207 §2.4)'
          : iss === expected.issuer
            ? 'the server this app sent Alice to'
            : `expected ${expected.issuer}`,
    },
    {
      label: 'state',
      ok: state === expected.state,
      text:
        state === expected.state
          ? 'matches the state this app sent'
          : `differs from the state sent (${expected.state})`,
    },
  ]
  const refuse = (refusal: Exclude<FragmentCheck, { ok: true }>['refusal'], message: string) =>
    ({
      ok: false,
      url,
      refusal,
      error: params.get('error') ?? undefined,
      errorDescription: params.get('error_description') ?? undefined,
      message,
      checks,
    }) as const
  if (checks[0]?.ok !== true) return refuse('issuer-mismatch', `iss is ${iss ?? 'missing'}.`)
  if (checks[1]?.ok !== true) return refuse('state-mismatch', `state is ${state ?? 'missing'}.`)
  const error = params.get('error')
  if (error !== null)
    return refuse('error-response', `The server answered ${error} instead of a token.`)
  const accessToken = params.get('access_token')
  const tokenType = params.get('token_type')
  if (accessToken === null || tokenType === null)
    return refuse('no-token', 'The fragment carries no access_token and token_type.')
  const expiresIn = params.get('expires_in')
  return {
    ok: true,
    url,
    accessToken,
    tokenType,
    ...(expiresIn === null ? {} : { expiresIn: Number(expiresIn) }),
    ...(params.has('scope') ? { scope: params.get('scope') ?? '' } : {}),
    checks,
  }
}
