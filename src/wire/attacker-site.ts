import { ATTACKER_ORIGIN } from '../protocol/demo-world.ts'
import { mixUpAuthorizationServer, type MixUpOptions } from './attacker-authorization.ts'
import {
  readArray,
  readNullable,
  readObject,
  readString,
  readStrings,
} from '../protocol/snapshot-data.ts'
import type { WireRoute } from './wire.ts'

/** One request that reached Mallory's site, as her server log keeps it. */
export interface ReceivedRequest {
  readonly method: string
  readonly url: string
  /** The page the browser was on when it sent the request (W3C Referrer Policy), if it said. */
  readonly referer: string | null
  /** The Origin of a script's or a form's request, if it said. */
  readonly origin: string | null
  readonly body: string | null
}

export interface AttackerSite extends WireRoute {
  /** Every request that reached the site, oldest first: what Mallory now knows. */
  received(): readonly ReceivedRequest[]
  /** Mallory publishes a page at `path` that sends every visitor on to `location` (303). */
  plant(path: string, location: string): void
  /** Forgets the log and the planted pages (a fresh run). */
  clear(): void
  /** The log and the planted pages, for a page reload (createAttackerSite's `saved`). */
  snapshot(): AttackerSiteSnapshot
}

/** Mallory's site as plain data: her log, and her planted pages by path. */
export interface AttackerSiteSnapshot {
  received: ReceivedRequest[]
  planted: Record<string, string>
}

export interface AttackerSiteOptions {
  readonly origin?: string
  /** Her authorization server for the mix-up attack (RFC 9700 §4.4.1). */
  readonly mixUp?: MixUpOptions
}

const PRINT =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" height="30" fill="#f97316"/><circle cx="30" cy="8" r="4" fill="#fde68a"/><rect y="20" width="40" height="10" fill="#7c2d12"/></svg>'

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * Mallory's site, https://mallory.example, an attacker of RFC 9700 §3 (A1, web attacker): every
 * request that reaches it is logged with its Referer, Origin and body, and that log is all she
 * learns. It serves what the attack scenarios need: pages that send visitors on (a link she plants
 * with GET /plant?path=…&to=…),
 * images (/prints/…), a collector for what her injected scripts send (POST /collect), and an
 * authorization server of her own for the mix-up attack.
 */
export function createAttackerSite(
  options: AttackerSiteOptions = {},
  saved?: unknown,
): AttackerSite {
  const origin = new URL(options.origin ?? ATTACKER_ORIGIN).origin
  const authorization = options.mixUp ? mixUpAuthorizationServer(origin, options.mixUp) : undefined
  const restored = saved === undefined ? undefined : readAttackerSite(saved)
  let log: ReceivedRequest[] = restored?.received ?? []
  let planted = new Map<string, string>(Object.entries(restored?.planted ?? {}))

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text()
    log = [
      ...log,
      {
        method: request.method,
        url: url.href,
        referer: request.headers.get('referer'),
        origin: request.headers.get('origin'),
        body,
      },
    ]
    // Her own admin page: she plants a page from her browser, over the wire like everything else.
    if (url.pathname === '/plant') {
      const path = url.searchParams.get('path') ?? ''
      const to = url.searchParams.get('to') ?? ''
      if (!path.startsWith('/') || !URL.canParse(to)) return text(400, 'Plant what, where?')
      planted = new Map(planted).set(path, to)
      return text(200, `${url.host}${path} now sends its visitors on to ${new URL(to).host}.\n`)
    }
    const target = planted.get(url.pathname)
    if (target !== undefined)
      return new Response(null, { status: 303, headers: { Location: target } })
    const answer = await authorization?.answer(request.method, url, body)
    if (answer) return answer
    if (request.method === 'POST' && url.pathname === '/collect')
      return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } })
    if (url.pathname.startsWith('/prints/'))
      return new Response(PRINT, {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' },
      })
    return text(200, `${url.host} logged your visit to ${url.pathname}.\n`)
  }

  return {
    origin,
    role: 'attacker',
    fetch,
    received: () => log,
    plant(path, location) {
      planted = new Map(planted).set(path, location)
    },
    clear() {
      log = []
      planted = new Map()
    },
    snapshot: () => ({ received: [...log], planted: Object.fromEntries(planted) }),
  }
}

/** A saved site, field by field; throws a SnapshotError when damaged. */
function readAttackerSite(saved: unknown): AttackerSiteSnapshot {
  const site = readObject(saved, 'the saved attacker site')
  const received = readArray(site.received, 'the attacker site log').map(
    (entry: unknown): ReceivedRequest => {
      const request = readObject(entry, 'a request in the attacker site log')
      const optional = (value: unknown, what: string) =>
        readNullable(value, (text) => readString(text, what))
      return {
        method: readString(request.method, 'a logged method'),
        url: readString(request.url, 'a logged URL'),
        referer: optional(request.referer, 'a logged Referer'),
        origin: optional(request.origin, 'a logged Origin'),
        body: optional(request.body, 'a logged body'),
      }
    },
  )
  const planted = readObject(site.planted, 'the planted pages')
  readStrings(Object.values(planted), 'the planted pages')
  return { received, planted: planted as Record<string, string> }
}
