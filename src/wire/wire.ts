import type { RoleId } from '../protocol/roles.ts'
import { readArray, readNumber, readObject, SnapshotError } from '../protocol/snapshot-data.ts'
import { recordRequest, recordResponse } from './exchange.ts'
import type { Channel, Exchange } from './exchange.ts'
import { readExchange } from './saved-records.ts'

/** A server the wire can deliver to: every request whose URL has this origin goes to `fetch`. */
export interface WireRoute {
  readonly origin: string
  readonly role: RoleId
  fetch(request: Request): Promise<Response>
}

export interface SendMeta {
  readonly from: RoleId
  readonly channel: Channel
  readonly label?: string
}

/**
 * RequestInit, with a body that may also be any Uint8Array: openid-client passes one, and
 * TypeScript's DOM types only admit Uint8Array<ArrayBuffer>, though fetch takes both.
 */
export type FetchInit = Omit<RequestInit, 'body'> & { readonly body?: BodyInit | Uint8Array | null }

/** The shape of the global fetch, for libraries that take a custom fetch (openid-client, jose). */
export type FetchLike = (input: RequestInfo | URL, init?: FetchInit) => Promise<Response>

export interface Wire {
  /** Delivers one request to the server at its origin and records the exchange. Never throws. */
  send(request: Request, meta: SendMeta): Promise<Response>
  /** A standard-shaped fetch that sends as `from`; follows redirects when the request asks to. */
  fetchAs(from: RoleId, channel?: Channel, label?: string): FetchLike
  /** Every completed exchange, ordered by `seq`; the same array until something changes. */
  exchanges(): readonly Exchange[]
  /** Calls `listener` with the new list after each change; returns the unsubscribe function. */
  subscribe(listener: (exchanges: readonly Exchange[]) => void): () => void
  /** Keeps the first `count` exchanges and drops the rest, including any still in flight. */
  truncate(count: number): void
  /** Drops every exchange and starts numbering at 1 again. */
  clear(): void
  /** The role of the server at a URL's origin, if the lab has one. */
  roleAt(url: string): RoleId | undefined
  /** The completed exchanges and the last number given, for a page reload. */
  snapshot(): WireSnapshot
}

/** What the wire recorded, and where its numbering stands (a request in flight is not saved). */
export interface WireSnapshot {
  exchanges: readonly Exchange[]
  lastSeq: number
}

function readSavedWire(saved: unknown) {
  const object = readObject(saved, 'the saved wire')
  const exchanges = readArray(object.exchanges, 'the recorded exchanges').map((exchange, i) =>
    readExchange(exchange, `exchange ${i + 1}`),
  )
  const lastSeq = readNumber(object.lastSeq, "the wire's last number")
  if (exchanges.some((exchange, i) => exchange.seq <= (exchanges[i - 1]?.seq ?? 0)))
    throw new SnapshotError('The saved exchanges are not numbered in order.')
  if (lastSeq < (exchanges.at(-1)?.seq ?? 0))
    throw new SnapshotError("The wire's saved number is behind its last exchange.")
  return { exchanges, lastSeq }
}

export interface WireOptions {
  readonly routes: readonly WireRoute[]
  /** Milliseconds since the epoch, for timestamps. Default Date.now. */
  readonly now?: () => number
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/**
 * The in-page network: routes absolute URLs to servers by origin (RFC 6454 origin, scheme + host
 * + port) and records every request and response as plain data. An origin with no server gets a
 * 502 that says so, the way a proxy reports an unreachable host, so callers never see a throw.
 * `saved` (a snapshot) brings back what an earlier wire recorded, and numbering goes on from it.
 */
export function createWire(options: WireOptions, saved?: unknown): Wire {
  const now = options.now ?? Date.now
  const routes = new Map<string, WireRoute>()
  for (const route of options.routes) {
    const origin = new URL(route.origin).origin
    if (routes.has(origin)) throw new Error(`Two servers claim the origin ${origin}.`)
    routes.set(origin, route)
  }
  const restored = saved === undefined ? undefined : readSavedWire(saved)
  let list: readonly Exchange[] = Object.freeze(restored?.exchanges ?? [])
  let lastSeq = restored?.lastSeq ?? 0
  let epoch = 0
  const listeners = new Set<(exchanges: readonly Exchange[]) => void>()

  function publish(next: readonly Exchange[]) {
    list = Object.freeze(next)
    for (const listener of [...listeners]) listener(list)
  }

  async function send(original: Request, meta: SendMeta): Promise<Response> {
    const seq = ++lastSeq
    const sentInEpoch = epoch
    const startedAt = now()
    const request = await withoutFragment(original)
    const recordedRequest = await recordRequest(request)
    const origin = new URL(request.url).origin
    const route = routes.get(origin)
    let response: Response
    let failure: Exchange['failure']
    if (route === undefined) {
      failure = 'no-route'
      response = wireError(
        `No server answers at ${origin} in this lab. The lab's servers are at: ${[...routes.keys()].join(', ')}.`,
      )
    } else {
      try {
        response = await route.fetch(request)
      } catch (error) {
        failure = 'server-threw'
        const message = error instanceof Error ? error.message : String(error)
        response = wireError(`The server at ${origin} failed before answering: ${message}`)
      }
    }
    const exchange: Exchange = Object.freeze({
      seq,
      from: meta.from,
      to: route?.role ?? null,
      channel: meta.channel,
      ...(meta.label === undefined ? {} : { label: meta.label }),
      request: recordedRequest,
      response: await recordResponse(response),
      startedAt,
      completedAt: now(),
      ...(failure === undefined ? {} : { failure }),
    })
    if (sentInEpoch === epoch) publish([...list, exchange].sort((a, b) => a.seq - b.seq))
    return response
  }

  function fetchAs(from: RoleId, channel: Channel = 'back', label?: string): FetchLike {
    return async (input, init) => {
      let request = new Request(input, init as RequestInit | undefined)
      // Kept so a 307/308 can resend it after the first server consumed the original.
      const body = request.body === null ? null : await request.clone().arrayBuffer()
      for (let hops = 0; ; hops++) {
        const response = await send(request, { from, channel, label })
        const location = response.headers.get('location')
        if (
          !REDIRECT_STATUSES.has(response.status) ||
          location === null ||
          request.redirect === 'manual'
        )
          return response
        if (request.redirect === 'error')
          throw new TypeError(`Redirected to ${location}, and the request said redirect: 'error'.`)
        if (hops >= 20) throw new TypeError('Too many redirects (more than 20).')
        request = redirectedRequest(request, body, response.status, new URL(location, request.url))
      }
    }
  }

  return {
    send,
    fetchAs,
    exchanges: () => list,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    truncate(count) {
      epoch++
      const kept = list.slice(0, Math.max(0, count))
      lastSeq = kept.at(-1)?.seq ?? 0
      publish(kept)
    },
    clear() {
      epoch++
      lastSeq = 0
      publish([])
    },
    roleAt(url) {
      return routes.get(new URL(url).origin)?.role
    },
    snapshot: () => ({ exchanges: list, lastSeq }),
  }
}

/**
 * The next request of a followed redirect (Fetch §4.4, HTTP-redirect fetch): 303, and 301/302
 * after POST, become a GET without body; Authorization is dropped when the origin changes.
 */
function redirectedRequest(
  previous: Request,
  body: ArrayBuffer | null,
  status: number,
  target: URL,
): Request {
  const headers = new Headers(previous.headers)
  if (target.origin !== new URL(previous.url).origin) headers.delete('authorization')
  const becomesGet =
    status === 303
      ? previous.method !== 'HEAD'
      : (status === 301 || status === 302) && previous.method === 'POST'
  if (!becomesGet)
    return new Request(target, {
      method: previous.method,
      headers,
      body,
      redirect: previous.redirect,
    })
  for (const name of [
    'content-type',
    'content-length',
    'content-encoding',
    'content-language',
    'content-location',
  ])
    headers.delete(name)
  return new Request(target, { method: 'GET', headers, redirect: previous.redirect })
}

/** A URL's fragment never leaves the browser (RFC 3986 §3.5, Fetch §2.2.5), so servers and the record never see it. */
async function withoutFragment(request: Request): Promise<Request> {
  const url = new URL(request.url)
  if (url.hash === '') return request
  url.hash = ''
  const body = request.body === null ? null : await request.arrayBuffer()
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body,
    redirect: request.redirect,
  })
}

function wireError(message: string): Response {
  return new Response(`${message}\n`, {
    status: 502,
    statusText: 'Bad Gateway',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
