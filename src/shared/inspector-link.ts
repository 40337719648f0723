/**
 * Links into the token inspector. The token and what the flow knew when it was issued travel in
 * the URL fragment (`/inspect#token=...&kind=id_token&nonce=...`): browsers never send a fragment
 * to any server (RFC 3986 §3.5), so a link reproduces the view without leaking the token to one.
 */

import { TOKEN_KINDS, type TokenContext, type TokenKind } from '../protocol/jwt/token-context'

// The context type lives with the checks that read it; features import it from here.
export { TOKEN_KINDS, type TokenContext, type TokenKind }

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
      return {
        status: 'error',
        message: `The link's fragment names "${name}" twice; a link carries each parameter once.`,
      }
    }
    seen.set(name, value)
  }

  const token = seen.get('token')
  if (token === undefined) {
    return {
      status: 'error',
      message:
        'The link has a fragment but no "token=" parameter, so there is no token to inspect.',
    }
  }
  if (token.trim() === '') {
    return {
      status: 'error',
      message: 'The link\'s "token=" parameter is empty, so there is no token to inspect.',
    }
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
