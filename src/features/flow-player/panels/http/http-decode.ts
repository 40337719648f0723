/**
 * Pure readings of recorded HTTP messages for the HTTP panel: URLs split into their parts with
 * query and fragment decoded (RFC 3986 §3, WHATWG URL application/x-www-form-urlencoded), bodies
 * classified by media type, cookies and Authorization headers taken apart.
 */
import type { TokenKind } from '../../../../shared/inspector-link'

export type Pair = readonly [name: string, value: string]

/** Decodes an application/x-www-form-urlencoded string ('+' is a space), keeping order and repeats. */
export function decodeQuery(query: string): Pair[] {
  const raw = query.startsWith('?') || query.startsWith('#') ? query.slice(1) : query
  if (raw === '') return []
  return [...new URLSearchParams(raw)].map(([name, value]) => [name, value] as const)
}

export interface UrlParts {
  /** The URL as recorded, or resolved against the base for a relative Location. */
  href: string
  origin: string
  /** Path only, without query or fragment. */
  path: string
  query: Pair[]
  /** The fragment's parameters when it is form-encoded (implicit grant), else empty. */
  fragment: Pair[]
  /** The raw fragment without '#', '' when there is none. */
  rawFragment: string
}

/** Splits an absolute URL (or one relative to `base`) into origin, path, query and fragment; null if unparseable. */
export function splitUrl(url: string, base?: string): UrlParts | null {
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    return null
  }
  const rawFragment = parsed.hash.slice(1)
  return {
    href: parsed.href,
    origin: parsed.origin,
    path: parsed.pathname,
    query: decodeQuery(parsed.search),
    fragment: rawFragment.includes('=') ? decodeQuery(rawFragment) : [],
    rawFragment,
  }
}

/** The media type of a Content-Type value, lower-case, without parameters ("application/json"). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

export type BodyView =
  | { kind: 'empty' }
  | { kind: 'form'; fields: Pair[] }
  | { kind: 'json'; pretty: string; value: unknown }
  | { kind: 'html'; source: string }
  | { kind: 'text'; text: string; note?: string }

/** How to show a body: form fields as a table, JSON pretty-printed, HTML as source, else text. */
export function describeBody(contentType: string | undefined, body: string | null): BodyView {
  if (body === null || body === '') return { kind: 'empty' }
  const type = mediaType(contentType)
  if (type === 'application/x-www-form-urlencoded')
    return { kind: 'form', fields: decodeQuery(body) }
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      const value: unknown = JSON.parse(body)
      return { kind: 'json', pretty: JSON.stringify(value, null, 2), value }
    } catch (error) {
      return {
        kind: 'text',
        text: body,
        note: `Labelled ${type} but not valid JSON: ${(error as Error).message}`,
      }
    }
  }
  if (type === 'text/html') return { kind: 'html', source: body }
  return { kind: 'text', text: body }
}

/** The first `maxLines` lines of `text`, and how many lines were left out. */
export function truncateLines(
  text: string,
  maxLines: number,
): { shown: string; hiddenLines: number } {
  const lines = text.split('\n')
  if (lines.length <= maxLines) return { shown: text, hiddenLines: 0 }
  return { shown: lines.slice(0, maxLines).join('\n'), hiddenLines: lines.length - maxLines }
}

export interface SetCookie {
  name: string
  value: string
  /** Attributes as written: "Path=/", "HttpOnly", "SameSite=Lax"… (RFC 6265 §4.1). */
  attributes: string[]
}

/** Takes one Set-Cookie header value apart (RFC 6265 §4.1.1). */
export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim())
  const eq = pair.indexOf('=')
  return {
    name: eq === -1 ? '' : pair.slice(0, eq),
    value: eq === -1 ? pair : pair.slice(eq + 1),
    attributes: attributes.filter((attribute) => attribute !== ''),
  }
}

/** The cookies of a Cookie request header, as name/value pairs (RFC 6265 §4.2.1). */
export function parseCookieHeader(header: string): Pair[] {
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq === -1 ? (['', part] as const) : ([part.slice(0, eq), part.slice(eq + 1)] as const)
    })
}

export type AuthorizationView =
  | { scheme: 'basic'; clientId: string; clientSecret: string }
  | { scheme: 'bearer' | 'dpop'; token: string }
  | { scheme: 'other'; raw: string }

/**
 * Reads an Authorization header: Basic credentials decoded, each half form-urldecoded as
 * RFC 6749 §2.3.1 requires; Bearer (RFC 6750 §2.1) and DPoP (RFC 9449 §7.1) tokens taken out.
 */
export function describeAuthorization(value: string): AuthorizationView {
  const match = /^(\S+)\s+(.+)$/.exec(value.trim())
  if (!match) return { scheme: 'other', raw: value }
  const scheme = (match[1] ?? '').toLowerCase()
  const credentials = (match[2] ?? '').trim()
  if (scheme === 'bearer' || scheme === 'dpop') return { scheme, token: credentials }
  if (scheme === 'basic') {
    let decoded: string
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(atob(credentials), (c) => c.charCodeAt(0)),
      )
    } catch {
      return { scheme: 'other', raw: value }
    }
    const colon = decoded.indexOf(':')
    if (colon === -1) return { scheme: 'other', raw: value }
    const part = (text: string) => {
      try {
        return decodeURIComponent(text.replace(/\+/g, ' '))
      } catch {
        return text
      }
    }
    return {
      scheme: 'basic',
      clientId: part(decoded.slice(0, colon)),
      clientSecret: part(decoded.slice(colon + 1)),
    }
  }
  return { scheme: 'other', raw: value }
}

/** Which kind of token a parameter or JSON member named `name` carries, if it carries one. */
export function tokenKindOfField(name: string): TokenKind | undefined {
  if (name === 'access_token' || name === 'id_token' || name === 'refresh_token') return name
  return undefined
}

/** Status class for colouring and for words: "success", "redirect", "client error", "server error". */
export function statusClass(
  status: number,
): 'informational' | 'success' | 'redirect' | 'client-error' | 'server-error' {
  if (status >= 500) return 'server-error'
  if (status >= 400) return 'client-error'
  if (status >= 300) return 'redirect'
  if (status >= 200) return 'success'
  return 'informational'
}
