import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { localServerHeaders } from './security-headers.ts'

/** A Fetch-API handler, as both of our servers are. */
export type FetchHandler = (request: Request) => Promise<Response>

/** Request bodies above this size are refused with 413 before they reach a handler. */
export const MAX_BODY_BYTES = 1024 * 1024

/** Methods a Fetch `Request` cannot carry (Fetch §2.2.1, "forbidden methods"); never served. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** A request the adapter answers itself, before any handler: status, error and description. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description)
  }
}

const tooLarge = () =>
  new Refusal(413, 'invalid_request', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, {
    connection: 'close',
  })

/** True when the request says up front (Content-Length) that its body is over the limit. */
function declaresTooLarge(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES
}

/** Reads the body, stopping (and refusing) as soon as it passes MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<ArrayBuffer> {
  if (declaresTooLarge(req)) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw tooLarge()
    chunks.push(buffer)
  }
  const all = Buffer.concat(chunks)
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer
}

/**
 * The path and query a request targets (RFC 9112 §3.2): origin-form as it is; absolute-form
 * (`GET http://host/path`, which servers MUST accept, §3.2.2) reduced to its path and query, since
 * we serve one origin. Anything else, a malformed absolute URI included, is a 400.
 */
export function targetPath(target: string): string {
  if (target.startsWith('/')) return target
  let url: URL | undefined
  try {
    url = new URL(target)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '')
    return `${url.pathname}${url.search}`
  const shown = target.length > 64 ? `${target.slice(0, 64)}...` : target
  throw new Refusal(
    400,
    'invalid_request',
    `The request target ${shown} is neither a path nor an absolute http URI (RFC 9112 section 3.2).`,
  )
}

/**
 * Turns a Node request into a Fetch `Request` on `origin` (the server's public origin, so the
 * handler sees the URL the client used). Headers keep repeats (rawHeaders); the body is read up to
 * the limit, and GET and HEAD have none.
 */
export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const path = targetPath(req.url ?? '/')
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(`${origin}${path}`, { method, headers, body })
}

/**
 * What the adapter answers without a Fetch request, or undefined to go on: `OPTIONS *` asks about
 * the server as a whole (RFC 9110 §9.3.7) and gets 204 with the methods it takes somewhere; TRACE
 * (and TRACK, CONNECT) is never served, since TRACE echoes the request, cookies and credentials
 * included (RFC 9110 §9.3.8): 405 with the Allow of the target, learned by asking the handler
 * with OPTIONS, or the handler's 404 when there is no such resource.
 */
async function answerSpecialForms(
  req: IncomingMessage,
  handler: FetchHandler,
  origin: string,
  methods: readonly string[],
): Promise<Response | undefined> {
  const method = req.method ?? 'GET'
  if (req.url === '*') {
    if (method !== 'OPTIONS')
      throw new Refusal(
        400,
        'invalid_request',
        'The request target * is for OPTIONS only (RFC 9112 section 3.2.4).',
      )
    return new Response(null, { status: 204, headers: { allow: methods.join(', ') } })
  }
  if (!FORBIDDEN_METHODS.has(method)) return undefined
  const probe = await handler(
    new Request(`${origin}${targetPath(req.url ?? '/')}`, { method: 'OPTIONS' }),
  )
  if (probe.status === 404) return probe
  await probe.body?.cancel()
  const allow = probe.headers.get('allow') ?? methods.join(', ')
  throw new Refusal(
    405,
    'method_not_allowed',
    `This server does not answer ${method}: it would echo the request, cookies and credentials included, back to the sender (RFC 9110 section 9.3.8). Use ${allow.split(', ').join(' or ')}.`,
    { allow },
  )
}

/**
 * Writes a Fetch `Response` to a Node response: status, every header (each Set-Cookie on its own
 * line), body. The security headers of localServerHeaders are added where the handler set none,
 * and its Content-Security-Policy always (as a second policy when the handler sent one).
 */
export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const ours = localServerHeaders(response.headers.get('content-type'))
  const headers: Record<string, string | string[]> = { ...ours }
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  // A browser enforces every policy it receives (CSP3 §8.1): ours is added, so it can only tighten.
  const theirs = response.headers.get('content-security-policy')
  if (theirs !== null && theirs !== ours['content-security-policy'])
    headers['content-security-policy'] = [theirs, ours['content-security-policy']!]
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, headers)
  res.end(body)
}

function errorJson(
  res: ServerResponse,
  status: number,
  error: string,
  description: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...localServerHeaders('application/json'),
    ...headers,
    'content-type': 'application/json',
    'cache-control': 'no-store',
  })
  res.end(JSON.stringify({ error, error_description: description }))
}

/**
 * A Node request listener that serves a Fetch handler at `origin()` (read per request, once the
 * port is known); `methods` are those some resource of the server takes, for `OPTIONS *`.
 */
export function nodeListener(
  handler: FetchHandler,
  origin: () => string,
  methods: readonly string[] = ['GET', 'HEAD', 'POST', 'OPTIONS'],
) {
  return (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      try {
        const special = await answerSpecialForms(req, handler, origin(), methods)
        const response = special ?? (await handler(await toFetchRequest(req, origin())))
        await writeFetchResponse(res, response)
      } catch (error) {
        if (res.headersSent) return res.destroy()
        if (error instanceof Refusal)
          return errorJson(res, error.status, error.error, error.message, error.headers)
        const detail = error instanceof Error ? error.message : String(error)
        errorJson(
          res,
          500,
          'server_error',
          `The local server failed to handle the request (${detail}).`,
        )
      }
    })()
  }
}

/** A listening HTTP server and how to stop it. */
export interface ListeningServer {
  server: Server
  port: number
  close(): Promise<void>
}

/** Starts an HTTP server for `handler` on host:port (port 0 picks a free one). */
export function listen(
  handler: FetchHandler,
  options: { host: string; port: number; origin: () => string; methods?: readonly string[] },
): Promise<ListeningServer> {
  const listener = nodeListener(handler, options.origin, options.methods)
  const server = createServer(listener)
  // Expect: 100-continue (curl sends it for large uploads): refuse an oversized body before the
  // client sends it, instead of Node's automatic 100 Continue.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaresTooLarge(req)) {
      res.writeContinue()
      return listener(req, res)
    }
    const refusal = tooLarge()
    errorJson(res, refusal.status, refusal.error, refusal.message, refusal.headers)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done())
          server.closeAllConnections()
        })
      resolve({ server, port, close })
    })
  })
}
