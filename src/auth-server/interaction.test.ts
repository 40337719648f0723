import { describe, expect, it } from 'vitest'
import { ISSUER } from '../protocol/demo-world.ts'
import { createAuthorizationServer } from './index.ts'
import { createBrowserClient } from './testing/browser-client.ts'
import { extractForms } from '../protocol/html-forms/html-forms.ts'
import { runAuthorization } from './testing/run-authorization.ts'
import { authorizationParams, createTestServer, FIXED_NOW, postForm } from './testing/test-kit.ts'

const newBrowser = (server: ReturnType<typeof createTestServer>) =>
  createBrowserClient(
    (request) => server.fetch(request),
    (url) => url.origin === ISSUER,
  )

async function loginPage(server: ReturnType<typeof createTestServer>) {
  const browser = newBrowser(server)
  const { params } = await authorizationParams('photo-spa')
  const page = await browser.open(`${ISSUER}/authorize?${new URLSearchParams(params)}`)
  return { browser, page, requestId: extractForms(page.body)[0]?.controls[0]?.value ?? '' }
}

describe('login and consent pages', () => {
  it('an unknown request_id gets an error page on GET and POST', async () => {
    const server = createTestServer()
    const get = await server.fetch(new Request(`${ISSUER}/login?request_id=nope`))
    expect(get.status).toBe(400)
    expect(await get.text()).toContain('This sign-in request is unknown or has expired.')
    const post = await postForm(
      server,
      { request_id: 'nope', username: 'alice', password: 'wonderland' },
      { path: '/login' },
    )
    expect(post.status).toBe(400)
    expect(post.headers.get('set-cookie')).toBeNull()
  })

  it('a pending request expires after 10 minutes on the server clock', async () => {
    const server = createTestServer()
    const { browser, page } = await loginPage(server)
    server.clock.advance(600)
    const late = await browser.submit(page, { username: 'alice', password: 'wonderland' })
    expect(late.status).toBe(400)
    expect(late.body).toContain('unknown or has expired')
  })

  it('a login without a password is re-rendered with 400', async () => {
    const server = createTestServer()
    const { browser, page } = await loginPage(server)
    const response = await browser.submit(page, { username: 'alice', password: '' })
    expect(response.status).toBe(400)
    expect(response.body).toContain('Enter both your username and your password.')
  })

  it('the consent page lists the scopes and offers Allow and Deny as decision buttons', async () => {
    const server = createTestServer()
    const { browser, page } = await loginPage(server)
    const consent = await browser.submit(page, { username: 'alice', password: 'wonderland' })
    expect(consent.body).toContain('<h1>Allow Printshop web app to access your account?</h1>')
    expect(consent.body).toContain('<code>photos.read</code>: See your photos')
    const [form] = extractForms(consent.body)
    expect(form?.action).toBe(`${ISSUER}/consent`)
    expect(
      form?.controls.map(
        (control) => `${control.name}=${control.element === 'input' ? '' : control.value}`,
      ),
    ).toEqual(['request_id=', 'decision=approve', 'decision=deny'])
    const undecided = await browser.submit(consent, {})
    expect(undecided.status).toBe(400)
    expect(undecided.body).toContain('Choose Allow or Deny.')
  })

  it('consent belongs to the session that signed in: another browser gets 403, no session goes to login', async () => {
    const server = createTestServer()
    const { browser, page, requestId } = await loginPage(server)
    await browser.submit(page, { username: 'alice', password: 'wonderland' })
    const other = newBrowser(server)
    await runAuthorization(server, (await authorizationParams('printshop')).params, {
      browser: other,
    })
    const hijack = await other.open(`${ISSUER}/consent?request_id=${requestId}`)
    expect(hijack.status).toBe(403)
    const anonymous = await server.fetch(new Request(`${ISSUER}/consent?request_id=${requestId}`))
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toBe(`${ISSUER}/login?request_id=${requestId}`)
  })

  it('the session cookie expires with the server clock', async () => {
    const server = createTestServer()
    const first = await runAuthorization(server, (await authorizationParams('photo-spa')).params)
    server.clock.advance(8 * 3600)
    const { params } = await authorizationParams('photo-spa', { prompt: 'none' })
    const again = await runAuthorization(server, params, { browser: first.browser })
    expect(again.callback?.get('error')).toBe('login_required')
  })

  it('an injected random source makes codes reproducible', async () => {
    const seeded = () => {
      let counter = 0
      return (length: number) => Uint8Array.from({ length }, () => counter++ % 256)
    }
    const codes = await Promise.all(
      [1, 2].map(async () => {
        const server = createAuthorizationServer({ now: () => FIXED_NOW, random: seeded() })
        const params = {
          ...(await authorizationParams('printshop')).params,
          code_challenge: 'c'.repeat(43),
        }
        return (await runAuthorization(server, params)).callback?.get('code')
      }),
    )
    expect(codes[0]).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(codes[1]).toBe(codes[0])
  })
})
