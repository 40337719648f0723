import { describe, expect, it } from 'vitest'
import type { Exchange } from './exchange.ts'
import { createWire } from './wire.ts'
import type { WireRoute } from './wire.ts'

/** A server with a few redirecting paths, echoing method, body and Authorization otherwise. */
const site: WireRoute = {
  origin: 'https://auth.photos.example',
  role: 'authorization-server',
  async fetch(request) {
    const { pathname } = new URL(request.url)
    const redirect = (status: number, location: string) =>
      new Response(null, { status, headers: { Location: location } })
    if (pathname === '/see-other') return redirect(303, '/landing')
    if (pathname === '/found') return redirect(302, '/landing')
    if (pathname === '/temporary') return redirect(307, '/landing')
    if (pathname === '/away') return redirect(302, 'https://api.photos.example/landing')
    if (pathname === '/loop') return redirect(302, '/loop')
    const body = await request.text()
    return Response.json({
      method: request.method,
      path: pathname,
      body,
      authorization: request.headers.get('authorization'),
    })
  },
}
const other: WireRoute = { ...site, origin: 'https://api.photos.example', role: 'resource-server' }

describe('subscribe, truncate, clear', () => {
  it('tells subscribers about each new exchange and keeps the list reference stable in between', async () => {
    const wire = createWire({ routes: [site] })
    const seen: number[][] = []
    const unsubscribe = wire.subscribe((list) => seen.push(list.map((e) => e.seq)))
    const before = wire.exchanges()
    expect(wire.exchanges()).toBe(before)
    await wire.send(new Request('https://auth.photos.example/a'), {
      from: 'client',
      channel: 'back',
    })
    await wire.send(new Request('https://auth.photos.example/b'), {
      from: 'client',
      channel: 'back',
    })
    expect(wire.exchanges()).not.toBe(before)
    unsubscribe()
    await wire.send(new Request('https://auth.photos.example/c'), {
      from: 'client',
      channel: 'back',
    })
    expect(seen).toEqual([[1], [1, 2]])
  })

  it('truncate keeps the first exchanges and numbers new ones after them', async () => {
    const wire = createWire({ routes: [site] })
    for (const path of ['/a', '/b', '/c'])
      await wire.send(new Request(`https://auth.photos.example${path}`), {
        from: 'client',
        channel: 'back',
      })
    wire.truncate(1)
    await wire.send(new Request('https://auth.photos.example/d'), {
      from: 'client',
      channel: 'back',
    })
    expect(wire.exchanges().map((e) => [e.seq, new URL(e.request.url).pathname])).toEqual([
      [1, '/a'],
      [2, '/d'],
    ])
  })

  it('clear drops everything, including a request still in flight', async () => {
    let release: () => void = () => {}
    let arrived: () => void = () => {}
    const reached = new Promise<void>((resolve) => (arrived = resolve))
    const slow: WireRoute = {
      origin: 'https://slow.example',
      role: 'client',
      fetch: () =>
        new Promise<Response>((resolve) => {
          release = () => resolve(new Response('late'))
          arrived()
        }),
    }
    const wire = createWire({ routes: [site, slow] })
    const pending = wire.send(new Request('https://slow.example/'), {
      from: 'user-agent',
      channel: 'front',
    })
    await reached
    wire.clear()
    release()
    expect(await (await pending).text()).toBe('late')
    await wire.send(new Request('https://auth.photos.example/a'), {
      from: 'client',
      channel: 'back',
    })
    expect(wire.exchanges().map((e: Exchange) => [e.seq, e.request.url])).toEqual([
      [1, 'https://auth.photos.example/a'],
    ])
  })
})

describe('fetchAs: a standard fetch for libraries', () => {
  it('takes (url, init) like fetch and records the sender and channel', async () => {
    const wire = createWire({ routes: [site] })
    const fetch = wire.fetchAs('client')
    const response = await fetch('https://auth.photos.example/token', {
      method: 'POST',
      body: 'a=1',
    })
    expect(await response.json()).toMatchObject({ method: 'POST', body: 'a=1' })
    expect(wire.exchanges()[0]).toMatchObject({
      from: 'client',
      channel: 'back',
      to: 'authorization-server',
    })
  })

  it('follows a 303 with a GET, recording each hop', async () => {
    const wire = createWire({ routes: [site] })
    const response = await wire.fetchAs('client')('https://auth.photos.example/see-other', {
      method: 'POST',
      body: 'x=1',
    })
    expect(await response.json()).toMatchObject({ method: 'GET', path: '/landing', body: '' })
    expect(
      wire.exchanges().map((e) => `${e.request.method} ${e.request.url} ${e.response.status}`),
    ).toEqual([
      'POST https://auth.photos.example/see-other 303',
      'GET https://auth.photos.example/landing 200',
    ])
  })

  it('resends method and body on a 307', async () => {
    const wire = createWire({ routes: [site] })
    const response = await wire.fetchAs('client')('https://auth.photos.example/temporary', {
      method: 'POST',
      body: 'x=1',
    })
    expect(await response.json()).toMatchObject({ method: 'POST', path: '/landing', body: 'x=1' })
  })

  it("returns the redirect itself with redirect: 'manual'", async () => {
    const wire = createWire({ routes: [site] })
    const response = await wire.fetchAs('client')('https://auth.photos.example/found', {
      redirect: 'manual',
    })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/landing')
    expect(wire.exchanges()).toHaveLength(1)
  })

  it('drops Authorization when a redirect leaves the origin', async () => {
    const wire = createWire({ routes: [site, other] })
    const response = await wire.fetchAs('client')('https://auth.photos.example/away', {
      headers: { Authorization: 'Bearer t' },
    })
    expect(await response.json()).toMatchObject({ path: '/landing', authorization: null })
  })

  it('rejects like fetch after 20 redirects', async () => {
    const wire = createWire({ routes: [site] })
    await expect(wire.fetchAs('client')('https://auth.photos.example/loop')).rejects.toThrow(
      'Too many redirects',
    )
    expect(wire.exchanges()).toHaveLength(21)
  })
})
