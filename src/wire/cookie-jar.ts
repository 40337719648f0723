import {
  readArray,
  readBoolean,
  readNumber,
  readObject,
  readString,
  SnapshotError,
  readNullable,
} from '../protocol/snapshot-data.ts'

/** One stored cookie, as a browser keeps it (RFC 6265 §5.3). */
export interface Cookie {
  readonly name: string
  readonly value: string
  /** The host that set it (host-only) or the Domain attribute's value. */
  readonly domain: string
  readonly hostOnly: boolean
  readonly path: string
  readonly secure: boolean
  readonly httpOnly: boolean
  /** As set; a cookie without the attribute is treated as Lax, as current browsers do. */
  readonly sameSite: 'Strict' | 'Lax' | 'None' | null
  /** Milliseconds since the epoch, or null for a session cookie. */
  readonly expiresAt: number | null
  readonly createdAt: number
}

/** What kind of request the cookies would go on, for the SameSite rules (RFC 6265bis §5.2). */
export interface RequestContext {
  /** Initiator and every redirect hop are on the target's site. */
  readonly sameSite: boolean
  /** A top-level navigation with a safe method (GET/HEAD): Lax cookies go along cross-site. */
  readonly safeTopLevelNavigation: boolean
}

export interface CookieJar {
  /** Applies a response's Set-Cookie headers; returns why any cookie was refused. */
  store(url: string, setCookies: readonly string[]): readonly string[]
  /** The Cookie request header for `url`, or undefined when no cookie applies (RFC 6265 §5.4). */
  cookieHeader(url: string, context: RequestContext): string | undefined
  /** Every live cookie, oldest first. */
  all(): readonly Cookie[]
  clear(): void
  /** Every stored cookie as plain data, for createCookieJar(now, saved) after a page reload. */
  snapshot(): Cookie[]
}

const SAME_SITE: readonly Cookie['sameSite'][] = ['Strict', 'Lax', 'None', null]

/** A saved cookie, checked field by field. */
function readCookie(value: unknown, i: number): Cookie {
  const saved = readObject(value, `cookie ${i}`)
  const what = (field: string) => `cookie ${i}'s ${field}`
  if (!SAME_SITE.includes(saved.sameSite as Cookie['sameSite']))
    throw new SnapshotError(`${what('SameSite')} is ${String(saved.sameSite)}.`)
  return Object.freeze({
    name: readString(saved.name, what('name')),
    value: readString(saved.value, what('value')),
    domain: readString(saved.domain, what('domain')),
    hostOnly: readBoolean(saved.hostOnly, what('hostOnly')),
    path: readString(saved.path, what('path')),
    secure: readBoolean(saved.secure, what('secure')),
    httpOnly: readBoolean(saved.httpOnly, what('httpOnly')),
    sameSite: saved.sameSite as Cookie['sameSite'],
    expiresAt: readNullable(saved.expiresAt, (v) => readNumber(v, what('expiry'))),
    createdAt: readNumber(saved.createdAt, what('creation time')),
  })
}

/** The site of a URL (scheme plus registrable domain), approximated as the last two host labels. */
export function siteOf(url: string): string {
  const { protocol, hostname } = new URL(url)
  return `${protocol}//${hostname.split('.').slice(-2).join('.')}`
}

/** RFC 6265 §5.1.3: `host` is `domain` or a subdomain of it. */
export function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** RFC 6265 §5.1.4: the cookie path is the request path or a directory prefix of it. */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true
  if (!requestPath.startsWith(cookiePath)) return false
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'
}

/** RFC 6265 §5.1.4: the directory of the request path, used when Set-Cookie names no Path. */
export function defaultPath(requestPath: string): string {
  if (!requestPath.startsWith('/')) return '/'
  const last = requestPath.lastIndexOf('/')
  return last <= 0 ? '/' : requestPath.slice(0, last)
}

type Parsed = Pick<Cookie, 'name' | 'value' | 'secure' | 'httpOnly' | 'sameSite'> & {
  readonly domainAttribute: string | null
  readonly maxAge: number | null
  readonly expires: number | null
  readonly pathAttribute: string | null
}

/** Parses one Set-Cookie header value (RFC 6265 §5.2); undefined when it must be ignored. */
export function parseSetCookie(header: string): Parsed | undefined {
  const [pair = '', ...attributes] = header.split(';')
  const eq = pair.indexOf('=')
  if (eq < 0) return undefined
  const name = pair.slice(0, eq).trim()
  if (name === '') return undefined
  const cookie = {
    name,
    value: pair.slice(eq + 1).trim(),
    secure: false,
    httpOnly: false,
    sameSite: null as Cookie['sameSite'],
    domainAttribute: null as string | null,
    pathAttribute: null as string | null,
    maxAge: null as number | null,
    expires: null as number | null,
  }
  for (const attribute of attributes) {
    const at = attribute.indexOf('=')
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase()
    const value = at < 0 ? '' : attribute.slice(at + 1).trim()
    if (key === 'secure') cookie.secure = true
    else if (key === 'httponly') cookie.httpOnly = true
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.maxAge = Number(value)
    else if (key === 'expires' && !Number.isNaN(Date.parse(value)))
      cookie.expires = Date.parse(value)
    else if (key === 'domain' && value !== '')
      cookie.domainAttribute = value.replace(/^\./, '').toLowerCase()
    else if (key === 'path') cookie.pathAttribute = value.startsWith('/') ? value : null
    else if (key === 'samesite') {
      const mode = { strict: 'Strict', lax: 'Lax', none: 'None' }[value.toLowerCase()] as
        Cookie['sameSite'] | undefined
      if (mode !== undefined) cookie.sameSite = mode
    }
  }
  return cookie
}

/**
 * A browser's cookie store: scoped by host (or Domain), Path and Secure; expiring by Max-Age or
 * Expires on the injected clock; sent according to SameSite (RFC 6265 §5.3-5.4, RFC 6265bis).
 */
export function createCookieJar(now: () => number, saved?: unknown): CookieJar {
  let cookies: Cookie[] = saved === undefined ? [] : readArray(saved, 'the cookies').map(readCookie)
  const live = () => (cookies = cookies.filter((c) => c.expiresAt === null || c.expiresAt > now()))

  function store(url: string, setCookies: readonly string[]): readonly string[] {
    const { hostname, pathname, protocol } = new URL(url)
    const refused: string[] = []
    for (const header of setCookies) {
      const parsed = parseSetCookie(header)
      const problem =
        parsed === undefined ? 'it has no name=value pair' : refusal(parsed, hostname, protocol)
      if (parsed === undefined || problem !== undefined) {
        refused.push(`Refused Set-Cookie ${header.split(';')[0]}: ${problem}.`)
        continue
      }
      const at = now()
      const expiresAt =
        parsed.maxAge !== null
          ? parsed.maxAge <= 0
            ? 0
            : at + parsed.maxAge * 1000
          : parsed.expires
      const cookie: Cookie = Object.freeze({
        name: parsed.name,
        value: parsed.value,
        domain: parsed.domainAttribute ?? hostname,
        hostOnly: parsed.domainAttribute === null,
        path: parsed.pathAttribute ?? defaultPath(pathname),
        secure: parsed.secure,
        httpOnly: parsed.httpOnly,
        sameSite: parsed.sameSite,
        expiresAt,
        createdAt: at,
      })
      const same = (c: Cookie) =>
        c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path
      const old = cookies.find(same)
      cookies = cookies.filter((c) => !same(c))
      cookies.push(old === undefined ? cookie : { ...cookie, createdAt: old.createdAt })
    }
    live()
    return refused
  }

  function cookieHeader(url: string, context: RequestContext): string | undefined {
    const { hostname, pathname, protocol } = new URL(url)
    const sendable = live()
      .filter((c) => (c.hostOnly ? hostname === c.domain : domainMatches(hostname, c.domain)))
      .filter((c) => pathMatches(pathname, c.path) && (!c.secure || protocol === 'https:'))
      .filter((c) => {
        if (c.sameSite === 'None' || context.sameSite) return true
        return c.sameSite !== 'Strict' && context.safeTopLevelNavigation
      })
      .sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt)
    return sendable.length === 0
      ? undefined
      : sendable.map((c) => `${c.name}=${c.value}`).join('; ')
  }

  return {
    store,
    cookieHeader,
    all: () => [...live()],
    clear: () => void (cookies = []),
    snapshot: () => cookies.map((cookie) => ({ ...cookie })),
  }
}

function refusal(cookie: Parsed, host: string, protocol: string): string | undefined {
  const https = protocol === 'https:'
  if (cookie.domainAttribute !== null) {
    if (!domainMatches(host, cookie.domainAttribute))
      return `Domain=${cookie.domainAttribute} does not cover ${host}`
    if (!cookie.domainAttribute.includes('.'))
      return `Domain=${cookie.domainAttribute} is a public suffix`
  }
  if (cookie.secure && !https) return 'a Secure cookie can only be set over https'
  if (cookie.sameSite === 'None' && !cookie.secure) return 'SameSite=None needs Secure'
  if (cookie.name.startsWith('__Secure-') && !cookie.secure)
    return 'the __Secure- prefix needs Secure'
  if (
    cookie.name.startsWith('__Host-') &&
    (!cookie.secure || cookie.domainAttribute !== null || cookie.pathAttribute !== '/')
  ) {
    return 'the __Host- prefix needs Secure, Path=/ and no Domain'
  }
  return undefined
}
