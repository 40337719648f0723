import { afterEach, describe, expect, it } from 'vitest'
import { listen, MAX_BODY_BYTES, type ListeningServer } from './node-adapter.ts'

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
