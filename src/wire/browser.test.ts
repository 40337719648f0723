import { describe, expect, it } from 'vitest'
import { createBrowser } from './browser.ts'
import { createClientCallbackRoute } from './client-callback.ts'
import { createWire } from './wire.ts'
import type { WireRoute } from './wire.ts'

/**
 * A miniature login site: /start redirects to /login, which sets a cookie and shows a form;
 * the form POSTs to /login and gets a 303 to /done, which reports the cookie it received;
 * /to-client redirects to the client's callback, /bounce 307s a POST onward.
 */
const site: WireRoute = {
  origin: 'https://auth.photos.example',
  role: 'authorization-server',
  async fetch(request) {
    const url = new URL(request.url)
    const cookie = request.headers.get('cookie') ?? '(none)'
    const redirect = (status: number, location: string) =>
      new Response(null, { status, headers: { Location: location } })
    if (url.pathname === '/start') return redirect(302, '/login?step=1')
    if (url.pathname === '/login' && request.method === 'GET') {
      const headers = new Headers({ 'Content-Type': 'text/html' })
      headers.append('Set-Cookie', 'as_session=s1; Path=/; HttpOnly; Secure; SameSite=Lax')
      headers.append('Set-Cookie', 'csrf=c1; Path=/; Secure; SameSite=Strict')
      return new Response(
        `<form method="post" action="/login"><input type="hidden" name="rid" value="r&amp;1"><input name="username"><input type="password" name="password"><button>Sign in</button></form>`,
        { headers },
      )
    }
    if (url.pathname === '/login') return redirect(303, '/done')
    if (url.pathname === '/done') return new Response(`cookie: ${cookie}`)
    if (url.pathname === '/to-client')
      return redirect(302, 'https://printshop.example/callback?code=c0de&state=xyz')
    if (url.pathname === '/bounce') return redirect(307, '/echo')
    if (url.pathname === '/echo')
      return new Response(`${request.method} ${await request.text()} cookie: ${cookie}`)
    return new Response('not here', { status: 404 })
  },
}

function setup() {
  const callback = createClientCallbackRoute('https://printshop.example', {
    clientName: 'Printshop',
  })
  const wire = createWire({ routes: [site, callback] })
  return { wire, callback, browser: createBrowser(wire) }
}

describe('the simulated browser', () => {
  it('does not follow a redirect by itself: each hop is its own step', async () => {
    const { browser, wire } = setup()
    const first = await browser.navigate('https://auth.photos.example/start')
    expect(first).toMatchObject({
      status: 302,
      redirectTo: 'https://auth.photos.example/login?step=1',
      servedBy: 'authorization-server',
    })
    expect(browser.location()).toBe('https://auth.photos.example/start')
    const second = await browser.followRedirect()
    expect(second.status).toBe(200)
    expect(browser.location()).toBe('https://auth.photos.example/login?step=1')
    expect(
      wire.exchanges().map((e) => [e.from, e.to, e.channel, e.request.method, e.request.url]),
    ).toEqual([
      ['user-agent', 'authorization-server', 'front', 'GET', 'https://auth.photos.example/start'],
      [
        'user-agent',
        'authorization-server',
        'front',
        'GET',
        'https://auth.photos.example/login?step=1',
      ],
    ])
    await expect(browser.followRedirect()).rejects.toThrow('is not a redirect')
  })

  it('keeps cookies and sends them back; a form POST carries them, gets 303, and continues with GET', async () => {
    const { browser, wire } = setup()
    const login = await browser.navigate('https://auth.photos.example/start', { follow: true })
    expect(browser.cookies().map((c) => c.name)).toEqual(['as_session', 'csrf'])
    const posted = await browser.submitForm(login, 0, { username: 'alice', password: 'wonderland' })
    expect(posted.status).toBe(303)
    const done = await browser.followRedirect()
    expect(done.body).toBe('cookie: as_session=s1; csrf=c1')
    const post = wire.exchanges().find((e) => e.request.method === 'POST')!
    expect(post.request.body).toBe('rid=r%261&username=alice&password=wonderland')
    expect(post.request.headers).toContainEqual([
      'content-type',
      'application/x-www-form-urlencoded',
    ])
    expect(post.request.headers).toContainEqual(['origin', 'https://auth.photos.example'])
    expect(post.request.headers).toContainEqual(['cookie', 'as_session=s1; csrf=c1'])
    expect(wire.exchanges().at(-1)?.request.method).toBe('GET')
  })

  it('withholds a SameSite=Strict cookie on a navigation started from another site, but sends Lax', async () => {
    const { browser } = setup()
    await browser.navigate('https://auth.photos.example/login')
    const page = await browser.navigate('https://auth.photos.example/done', {
      initiator: 'https://printshop.example/',
    })
    expect(page.body).toBe('cookie: as_session=s1')
    const typed = await browser.navigate('https://auth.photos.example/done', { initiator: null })
    expect(typed.body).toBe('cookie: as_session=s1; csrf=c1')
  })

  it("delivers a redirect to the client's callback origin to the client, recorded as user-agent → client", async () => {
    const { browser, wire, callback } = setup()
    await browser.navigate('https://auth.photos.example/to-client')
    const page = await browser.followRedirect()
    expect(page.servedBy).toBe('client')
    expect(page.body).toContain('<title>Printshop received the authorization response</title>')
    expect(page.body).toContain('<dt>code</dt><dd><code>c0de</code></dd>')
    expect(page.headers).toContainEqual(['referrer-policy', 'no-referrer'])
    expect(callback.lastCallback()).toBe('https://printshop.example/callback?code=c0de&state=xyz')
    expect(wire.exchanges().at(-1)).toMatchObject({
      from: 'user-agent',
      to: 'client',
      channel: 'front',
    })
    expect(browser.location()).toBe('https://printshop.example/callback?code=c0de&state=xyz')
  })

  it('resends a POST and its body on 307', async () => {
    const { browser } = setup()
    const form = await browser.navigate('https://auth.photos.example/login')
    const page = {
      ...form,
      url: 'https://auth.photos.example/form',
      body: '<form method=post action=/bounce><input name=a value=1></form>',
    }
    await browser.submitForm(page)
    const echoed = await browser.followRedirect()
    expect(echoed.body).toBe('POST a=1 cookie: as_session=s1; csrf=c1')
  })

  it('keeps the fragment in the address bar but never sends it', async () => {
    const { browser, wire } = setup()
    await browser.navigate('https://auth.photos.example/start#keep')
    expect(wire.exchanges()[0]?.request.url).toBe('https://auth.photos.example/start')
    const page = await browser.followRedirect()
    expect(page.url).toBe('https://auth.photos.example/login?step=1#keep')
  })

  it('shows the wire’s 502 page for an origin with no server', async () => {
    const { browser } = setup()
    const page = await browser.navigate('https://nowhere.example/')
    expect(page).toMatchObject({ status: 502, servedBy: null })
    expect(page.body).toContain('No server answers at https://nowhere.example')
  })

  it('explains which forms exist when the selector matches none', async () => {
    const { browser } = setup()
    const page = await browser.navigate('https://auth.photos.example/login')
    await expect(browser.submitForm(page, '/consent')).rejects.toThrow(
      'No form /consent on https://auth.photos.example/login. Its forms are: 0: POST /login.',
    )
  })

  it('tells subscribers about each page and forgets everything on reset', async () => {
    const { browser } = setup()
    const seen: string[] = []
    browser.subscribe((page) => seen.push(`${page.status} ${page.url}`))
    await browser.navigate('https://auth.photos.example/start', { follow: true })
    expect(seen).toEqual([
      '302 https://auth.photos.example/start',
      '200 https://auth.photos.example/login?step=1',
    ])
    browser.reset()
    expect(browser.location()).toBeNull()
    expect(browser.cookies()).toEqual([])
  })

  it('keeps a history of the pages it showed, fragments included, and forgets it on reset', async () => {
    const { browser } = setup()
    await browser.navigate('https://auth.photos.example/start#token=t', { follow: true })
    await browser.navigate('https://auth.photos.example/to-client', { follow: true })
    expect(browser.history()).toEqual([
      'https://auth.photos.example/login?step=1#token=t',
      'https://printshop.example/callback?code=c0de&state=xyz',
    ])
    browser.reset()
    expect(browser.history()).toEqual([])
  })

  it('loads a page’s images with the Referer its referrer policy allows (RFC 9700 §4.2)', async () => {
    const hits: string[] = []
    const images: WireRoute = {
      origin: 'https://images.example',
      role: 'attacker',
      async fetch(request) {
        hits.push(`${request.url} referer=${request.headers.get('referer') ?? '(none)'}`)
        return new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', {
          headers: { 'Content-Type': 'image/svg+xml' },
        })
      },
    }
    const wire = createWire({ routes: [site, images] })
    const browser = createBrowser(wire)
    const page = (policy: string | null, body: string) => ({
      url: 'https://auth.photos.example/page?code=secret#frag',
      status: 200,
      statusText: 'OK',
      headers: policy === null ? [] : [['referrer-policy', policy] as const],
      contentType: 'text/html',
      body,
      redirectTo: null,
      servedBy: 'authorization-server' as const,
    })
    const img =
      '<img src="https://images.example/a.svg" alt="A"><img src="data:image/png;base64,AA">'
    const loads = await browser.loadImages(page('no-referrer-when-downgrade', img))
    expect(loads).toEqual([
      {
        url: 'https://images.example/a.svg',
        status: 200,
        referer: 'https://auth.photos.example/page?code=secret',
      },
    ])
    await browser.loadImages(page(null, img))
    await browser.loadImages(
      page('unsafe-url', '<img src="https://images.example/b.svg" referrerpolicy="no-referrer">'),
    )
    expect(hits).toEqual([
      'https://images.example/a.svg referer=https://auth.photos.example/page?code=secret',
      'https://images.example/a.svg referer=https://auth.photos.example/',
      'https://images.example/b.svg referer=(none)',
    ])
    expect(wire.exchanges().map((e) => [e.from, e.to, e.channel])).toEqual([
      ['user-agent', 'attacker', 'front'],
      ['user-agent', 'attacker', 'front'],
      ['user-agent', 'attacker', 'front'],
    ])
    expect(wire.exchanges()[0]?.request.headers).toContainEqual([
      'referer',
      'https://auth.photos.example/page?code=secret',
    ])
  })
})
