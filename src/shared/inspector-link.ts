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
    const broken = [name, value].find((result) => typeof result === 'object')
    if (broken) {
      const where = `parameter ${index + 1} ("${part.slice(0, 40)}${part.length > 40 ? '…' : ''}")`
      return {
        status: 'error',
        message:
          broken.problem === 'escape'
            ? `The link's fragment is malformed: ${where} has a "%" that is not followed by two hex digits.`
            : `The link's fragment is not valid UTF-8: in ${where}, the escapes starting at character ${broken.at + 1} ("${broken.escapes}") do not spell a UTF-8 character. A link the lab writes never has them: it was probably cut short or edited.`,
      }
    }
    if (typeof name !== 'string' || typeof value !== 'string') continue
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

type DecodeProblem = { problem: 'escape' } | { problem: 'utf8'; at: number; escapes: string }

/**
 * application/x-www-form-urlencoded decoding ('+' is a space, URL §5.1). A broken %-escape and
 * escapes whose bytes are not UTF-8 (`%FF`, a lone `%C3`) are told apart: both make
 * decodeURIComponent throw the same URIError.
 */
function decodePart(part: string): string | DecodeProblem {
  const text = part.replace(/\+/g, ' ')
  if (/%(?![0-9a-f]{2})/i.test(text)) return { problem: 'escape' }
  try {
    return decodeURIComponent(text)
  } catch {
    return firstBadUtf8(text)
  }
}

/** Where the first run of %-escapes that is not UTF-8 starts, and what it is. */
function firstBadUtf8(text: string): DecodeProblem {
  const strict = new TextDecoder('utf-8', { fatal: true })
  for (const run of text.matchAll(/(?:%[0-9a-f]{2})+/gi)) {
    const bytes = Uint8Array.from(run[0].match(/%../g) ?? [], (escape) =>
      parseInt(escape.slice(1), 16),
    )
    try {
      strict.decode(bytes)
    } catch {
      return { problem: 'utf8', at: run.index, escapes: run[0].slice(0, 24) }
    }
  }
  return { problem: 'utf8', at: 0, escapes: '' }
}
