import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { localServerHeaders } from './security-headers.ts'

/** A Fetch-API handler, as both of our servers are. */
export type FetchHandler = (request: Request) => Promise<Response>

/** Request bodies above this size are refused with 413 before they reach a handler. */
export const MAX_BODY_BYTES = 1024 * 1024

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<ArrayBuffer> {
  const chunks: Buffer[] = []
  let size = 0
  // Past the limit, keep reading without keeping, so the client gets the 413 rather than a reset.
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size <= MAX_BODY_BYTES) chunks.push(buffer)
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
  const all = Buffer.concat(chunks)
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer
}

/**
 * Turns a Node request into a Fetch `Request` on `origin` (the server's public origin, so the
 * handler sees the URL the client used). Headers keep repeats (rawHeaders); the body is read in
 * full, and GET and HEAD have none.
 */
export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const target = req.url ?? '/'
  // An absolute-form target (RFC 9112 §3.2.2) keeps only its path and query: we serve one origin.
  const path = target.startsWith('/')
    ? target
    : (() => {
        const url = new URL(target)
        return `${url.pathname}${url.search}`
      })()
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(`${origin}${path}`, { method, headers, body })
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

function errorJson(res: ServerResponse, status: number, error: string, description: string) {
  res.writeHead(status, {
    ...localServerHeaders('application/json'),
    'content-type': 'application/json',
    'cache-control': 'no-store',
  })
  res.end(JSON.stringify({ error, error_description: description }))
}

/** A Node request listener that serves a Fetch handler at `origin()` (read per request, once the port is known). */
export function nodeListener(handler: FetchHandler, origin: () => string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      try {
        const request = await toFetchRequest(req, origin())
        await writeFetchResponse(res, await handler(request))
      } catch (error) {
        if (res.headersSent) return res.destroy()
        if (error instanceof BodyTooLarge)
          return errorJson(
            res,
            413,
            'invalid_request',
            `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
          )
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
  options: { host: string; port: number; origin: () => string },
): Promise<ListeningServer> {
  const server = createServer(nodeListener(handler, options.origin))
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
