import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { listen, MAX_BODY_BYTES, type ListeningServer } from './node-adapter.ts'

/** Sends `text` as it is on a new connection and collects what comes back until the server closes. */
function rawExchange(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = connect(Number(port), hostname, () => socket.write(text))
    socket.setEncoding('latin1')
    socket.on('data', (data: string) => (answer += data))
    socket.on('close', () => resolve(answer))
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)))
    // A server that waits for a body that never comes is what these tests must catch.
    socket.setTimeout(3000, () => socket.destroy())
  })
}

describe('the Node http adapter', () => {
  let running: ListeningServer | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  async function serve(handler: (request: Request) => Promise<Response>) {
    let origin = ''
    running = await listen(handler, { host: '127.0.0.1', port: 0, origin: () => origin })
    origin = `http://localhost:${running.port}`
    return `http://127.0.0.1:${running.port}`
  }

  it('hands the handler the public origin, method, query, repeated headers and body', async () => {
    let seen: { url: string; method: string; accept: string | null; body: string } | undefined
    const base = await serve(async (request) => {
      seen = {
        url: request.url,
        method: request.method,
        accept: request.headers.get('accept'),
        body: await request.text(),
      }
      return new Response('ok')
    })
    const headers = new Headers([
      ['accept', 'text/html'],
      ['accept', 'application/json'],
    ])
    await fetch(`${base}/token?a=1&a=2`, { method: 'POST', headers, body: 'grant_type=x' })
    expect(seen).toEqual({
      url: `http://localhost:${running!.port}/token?a=1&a=2`,
      method: 'POST',
      accept: 'text/html, application/json',
      body: 'grant_type=x',
    })
  })

  it('writes status, headers and each Set-Cookie separately', async () => {
    const base = await serve(async () => {
      const headers = new Headers({
        location: 'https://example.com/next',
        'cache-control': 'no-store',
      })
      headers.append('set-cookie', 'a=1; Path=/; HttpOnly')
      headers.append('set-cookie', 'b=2; Path=/; Max-Age=0')
      return new Response(null, { status: 303, headers })
    })
    const response = await fetch(`${base}/login`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://example.com/next')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.getSetCookie()).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; Max-Age=0',
    ])
  })

  it('refuses a body over the limit with 413 JSON before the handler runs', async () => {
    let called = false
    const base = await serve(async () => {
      called = true
      return new Response('ok')
    })
    const response = await fetch(`${base}/token`, {
      method: 'POST',
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      error: 'invalid_request',
      error_description: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
    })
    expect(called).toBe(false)
  })

  it('refuses a body declared over the limit at once, without waiting for it (Content-Length)', async () => {
    let called = false
    const base = await serve(async () => {
      called = true
      return new Response('ok')
    })
    // Headers announce 10 MB, then only 10 bytes come: the answer must not wait for the rest.
    const answer = await rawExchange(
      base,
      `POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: ${10 * MAX_BODY_BYTES}\r\n\r\n0123456789`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    expect(answer).toContain(`The request body is larger than ${MAX_BODY_BYTES} bytes.`)
    expect(called).toBe(false)
  })

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const base = await serve(async () => new Response('ok'))
    const chunk = 'x'.repeat(64 * 1024)
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    // 1.25 MB of chunks and no final 0-length chunk: the body never ends.
    const answer = await rawExchange(
      base,
      `POST /token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${chunks.join('')}`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
  })

  it('answers Expect: 100-continue for an oversized body with 413 instead of 100 Continue', async () => {
    const base = await serve(async () => new Response('ok'))
    const answer = await rawExchange(
      base,
      `POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\nExpect: 100-continue\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).not.toContain('100 Continue')
    const small = await rawExchange(
      base,
      'POST /token HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\nok',
    )
    expect(small).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /)
  })

  it('TRACE is 405 with the Allow of its target, or the 404 of a missing one; never a 500', async () => {
    const base = await serve(async (request) => {
      if (new URL(request.url).pathname !== '/token') return Response.json({}, { status: 404 })
      return new Response(null, { status: 405, headers: { allow: 'POST' } })
    })
    const trace = await rawExchange(
      base,
      'TRACE /token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    expect(trace).toMatch(/^HTTP\/1\.1 405 /)
    expect(trace).toMatch(/\r\nallow: POST\r\n/)
    expect(trace).toContain('"error":"method_not_allowed"')
    expect(trace).toContain('This server does not answer TRACE')
    const missing = await rawExchange(
      base,
      'TRACE /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    expect(missing).toMatch(/^HTTP\/1\.1 404 /)
  })

  it('OPTIONS * asks about the server: 204 with the methods it takes; other * requests are 400', async () => {
    let called = false
    let origin = ''
    running = await listen(
      async () => {
        called = true
        return new Response('ok')
      },
      { host: '127.0.0.1', port: 0, origin: () => origin, methods: ['GET', 'HEAD', 'OPTIONS'] },
    )
    origin = `http://localhost:${running.port}`
    const base = `http://127.0.0.1:${running.port}`
    const options = await rawExchange(
      base,
      'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    expect(options).toMatch(/^HTTP\/1\.1 204 /)
    expect(options).toMatch(/\r\nallow: GET, HEAD, OPTIONS\r\n/)
    const get = await rawExchange(base, 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(get).toMatch(/^HTTP\/1\.1 400 /)
    expect(called).toBe(false)
  })

  it('serves an absolute-form target by its path, and refuses a malformed one with 400', async () => {
    let seen = ''
    const base = await serve(async (request) => {
      seen = request.url
      return new Response('ok')
    })
    const port = new URL(base).port
    const absolute = await rawExchange(
      base,
      `GET http://localhost:${port}/jwks?x=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    )
    expect(absolute).toMatch(/^HTTP\/1\.1 200 /)
    expect(seen).toBe(`http://localhost:${port}/jwks?x=1`)
    const broken = await rawExchange(
      base,
      'GET http:// HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    )
    expect(broken).toMatch(/^HTTP\/1\.1 400 /)
    expect(broken).toContain('is neither a path nor an absolute http URI')
  })

  it('turns a handler failure into 500 server_error JSON', async () => {
    const base = await serve(async () => {
      throw new Error('boom')
    })
    const response = await fetch(`${base}/x`)
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      error: 'server_error',
      error_description: 'The local server failed to handle the request (boom).',
    })
  })
})
