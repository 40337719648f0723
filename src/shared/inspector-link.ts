/**
 * Links into the token inspector. The token and what the flow knew when it was issued travel in
 * the URL fragment (`/inspect#token=...&kind=id_token&nonce=...`): browsers never send a fragment
 * to any server (RFC 3986 §3.5), so a link reproduces the view without leaking the token to one.
 */

/** What kind of token the flow says this is. */
export type TokenKind = 'access_token' | 'id_token' | 'refresh_token'

export const TOKEN_KINDS: readonly TokenKind[] = ['access_token', 'id_token', 'refresh_token']

/** What the request that produced a token expected, so the inspector can check the token against it. */
export interface TokenContext {
  /** Which token of the token response this is. */
  kind?: TokenKind
  /** The issuer the client talked to; `iss` must equal it (OIDC Core §3.1.3.7, RFC 9068 §4). */
  issuer?: string
  /** The API the access token is meant for; `aud` must hold it (RFC 9068 §4). */
  audience?: string
  /** The client that asked; an ID token's `aud` must hold it (OIDC Core §3.1.3.7). */
  clientId?: string
  /** The nonce the client sent in the authentication request (OIDC Core §3.1.2.1). */
  nonce?: string
  /** The access token issued next to an ID token, to recompute `at_hash` (OIDC Core §3.1.3.6). */
  accessToken?: string
  /** The scope the client asked for (RFC 6749 §3.3). */
  requestedScope?: string
  /** The scope the token response granted (RFC 6749 §5.1). */
  grantedScope?: string
  /** A short label for where the token came from, e.g. "Authorization Code + PKCE, step 8". */
  source?: string
}

/** Fragment parameter name for each context field; short, and close to the OAuth names. */
const PARAM: Record<keyof TokenContext, string> = {
  kind: 'kind',
  issuer: 'iss',
  audience: 'aud',
  clientId: 'client_id',
  nonce: 'nonce',
  accessToken: 'access_token',
  requestedScope: 'scope_requested',
  grantedScope: 'scope_granted',
  source: 'from',
}
const FIELDS = Object.keys(PARAM) as (keyof TokenContext)[]
const KNOWN = new Set(['token', ...Object.values(PARAM)])

/** The in-app href that opens the inspector on `token`, with its context in the fragment. */
export function inspectorHref(token: string, context: TokenContext = {}): string {
  const params = new URLSearchParams({ token })
  for (const field of FIELDS) {
    const value = context[field]
    if (value !== undefined && value !== '') params.append(PARAM[field], value)
  }
  return `/inspect#${params.toString()}`
}

export type InspectorFragment =
  | { status: 'empty' }
  | { status: 'ok'; token: string; context: TokenContext; ignored: string[] }
  | { status: 'error'; message: string }

/**
 * Reads a location hash (with or without its leading `#`) written by {@link inspectorHref}.
 * An empty hash is `empty`; anything that cannot be read says exactly what is wrong with it.
 */
export function parseInspectorFragment(hash: string): InspectorFragment {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  if (raw.trim() === '') return { status: 'empty' }

  const seen = new Map<string, string>()
  const ignored: string[] = []
  for (const [index, part] of raw.split('&').entries()) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawName = eq === -1 ? part : part.slice(0, eq)
    const rawValue = eq === -1 ? '' : part.slice(eq + 1)
    const name = decodePart(rawName)
    const value = decodePart(rawValue)
    if (name === null || value === null) {
      return {
        status: 'error',
        message: `The link's fragment is malformed: parameter ${index + 1} ("${part.slice(0, 40)}") has a "%" that is not followed by two hex digits.`,
      }
    }
    if (!KNOWN.has(name)) {
      ignored.push(name)
      continue
    }
    if (seen.has(name)) {
      return { status: 'error', message: `The link's fragment names "${name}" twice; a link carries each parameter once.` }
    }
    seen.set(name, value)
  }

  const token = seen.get('token')
  if (token === undefined) {
    return { status: 'error', message: 'The link has a fragment but no "token=" parameter, so there is no token to inspect.' }
  }
  if (token.trim() === '') {
    return { status: 'error', message: 'The link\'s "token=" parameter is empty, so there is no token to inspect.' }
  }

  const context: TokenContext = {}
  for (const field of FIELDS) {
    const value = seen.get(PARAM[field])
    if (value === undefined || value === '') continue
    if (field === 'kind') {
      if (!(TOKEN_KINDS as readonly string[]).includes(value)) {
        return {
          status: 'error',
          message: `The link says kind="${value}", which is not a token kind the inspector knows (expected ${TOKEN_KINDS.join(', ')}).`,
        }
      }
      context.kind = value as TokenKind
    } else {
      context[field] = value
    }
  }
  return { status: 'ok', token, context, ignored }
}

/** application/x-www-form-urlencoded decoding ('+' is a space), or null for a broken %-escape. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}
