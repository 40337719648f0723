import { describe, expect, it } from 'vitest'
import { FRAME_TV_CLIENT, ISSUER, PHOTO_SPA_CLIENT } from '../protocol/demo-world.ts'
import { DEFAULT_PARAMETER_LIMIT, PARAMETER_LIMITS, paramsFrom } from './http/params.ts'
import { createBrowserClient } from './testing/browser-client.ts'
import { authorizationParams, createTestServer, postForm } from './testing/test-kit.ts'

const MEGABYTE = 'A'.repeat(1024 * 1024)

async function authorizeRequest(extra: Record<string, string>, method: 'GET' | 'POST' = 'GET') {
  const { params } = await authorizationParams('photo-spa', extra)
  const form = new URLSearchParams(params)
  return method === 'GET'
    ? new Request(`${ISSUER}/authorize?${form}`)
    : new Request(`${ISSUER}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      })
}

describe('parameter length limits: nothing huge is kept or repeated', () => {
  it('counts UTF-8 bytes, so a value stays short once percent-encoded', () => {
    const limit = PARAMETER_LIMITS.state!
    const params = (value: string) => paramsFrom(new URLSearchParams({ state: value }))
    expect(params('a'.repeat(limit)).isTooLong('state')).toBe(false)
    expect(params('a'.repeat(limit + 1)).isTooLong('state')).toBe(true)
    expect(params('é'.repeat(limit / 2)).isTooLong('state')).toBe(false)
    expect(params('é'.repeat(limit / 2 + 1)).isTooLong('state')).toBe(true)
    expect(params('🙂'.repeat(limit / 4 + 1)).tooLong()).toEqual(['state'])
    expect(
      paramsFrom(new URLSearchParams({ code: 'c'.repeat(DEFAULT_PARAMETER_LIMIT + 1) })).tooLong(),
    ).toEqual(['code'])
  })

  it(
    '60 POSTs to /authorize with a 1 MB state keep nothing and echo no state',
    { timeout: 30_000 },
    async () => {
      const server = createTestServer()
      for (let i = 0; i < 60; i++) {
        const response = await server.fetch(await authorizeRequest({ state: MEGABYTE }, 'POST'))
        expect(response.status).toBe(303)
        const location = response.headers.get('location')!
        expect(location.length).toBeLessThan(1024)
        const url = new URL(location)
        expect(`${url.origin}${url.pathname}`).toBe(PHOTO_SPA_CLIENT.redirectUri)
        expect(url.searchParams.get('error')).toBe('invalid_request')
        expect(url.searchParams.get('error_description')).toBe(
          'The parameter state is longer than 1024 bytes, more than this server accepts.',
        )
        expect(url.searchParams.has('state')).toBe(false)
      }
      expect(server.storeCounts().pendingAuthorizations).toBe(0)
    },
  )

  it('a state, nonce or scope at the limit is fine; over it, refused; a huge client_id or redirect_uri gets a short page', async () => {
    const server = createTestServer()
    const atLimit = await server.fetch(
      await authorizeRequest({ state: 's'.repeat(1024), nonce: 'n'.repeat(1024) }),
    )
    expect(new URL(atLimit.headers.get('location')!).pathname).toBe('/login')
    for (const name of ['nonce', 'scope']) {
      const response = await server.fetch(await authorizeRequest({ [name]: MEGABYTE }))
      const url = new URL(response.headers.get('location')!)
      expect(url.searchParams.get('error_description')).toMatch(
        `The parameter ${name} is longer than`,
      )
      expect(url.searchParams.get('state')).toBe('state-123')
    }
    for (const name of ['client_id', 'redirect_uri']) {
      const response = await server.fetch(await authorizeRequest({ [name]: MEGABYTE }))
      expect(response.status).toBe(400)
      expect(response.headers.get('location')).toBeNull()
      const html = await response.text()
      expect(html).toContain(`The parameter ${name} is longer than`)
      expect(html.length).toBeLessThan(4096)
    }
  })

  it('back-channel endpoints refuse an over-long value with invalid_request, without repeating it', async () => {
    const server = createTestServer()
    const cases: [string, Record<string, string>][] = [
      ['/token', { grant_type: 'authorization_code', code: MEGABYTE, client_id: 'photo-spa' }],
      ['/token', { grant_type: MEGABYTE }],
      ['/introspect', { token: MEGABYTE, client_id: 'photo-spa' }],
      ['/revoke', { token: MEGABYTE, client_id: 'photo-spa' }],
      ['/device_authorization', { client_id: FRAME_TV_CLIENT.clientId, scope: MEGABYTE }],
      ['/userinfo', { access_token: MEGABYTE }],
    ]
    for (const [path, body] of cases) {
      const response = await postForm(server, body, { path })
      expect(response.status).toBe(400)
      const text = await response.text()
      expect(text.length).toBeLessThan(1024)
      expect(JSON.parse(text)).toMatchObject({ error: 'invalid_request' })
      expect(JSON.parse(text).error_description).toMatch(
        /^The parameter \w+ is longer than \d+ bytes/,
      )
    }
  })

  it('a huge parameter name or path is cut short where an error repeats it', async () => {
    const server = createTestServer()
    const name = 'n'.repeat(100_000)
    const twice = await server.fetch(
      new Request(`${ISSUER}/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `${name}=1&${name}=2&token=t&client_id=photo-spa`,
      }),
    )
    expect((await twice.json()).error_description).toBe(
      `The parameter ${'n'.repeat(64)}... was sent more than once; send each parameter once (RFC 6749 section 3.2).`,
    )
    const lost = await server.fetch(new Request(`${ISSUER}/${'p'.repeat(100_000)}`))
    expect(lost.status).toBe(404)
    expect((await lost.text()).length).toBeLessThan(512)
  })

  it('sign-in and device pages do not show a huge value back', async () => {
    const server = createTestServer()
    const browser = createBrowserClient(
      (request) => server.fetch(request),
      (url) => url.origin === ISSUER,
    )
    const { params } = await authorizationParams('photo-spa')
    const login = await browser.open(`${ISSUER}/authorize?${new URLSearchParams(params)}`)
    const refused = await browser.submit(login, { username: MEGABYTE, password: 'x' })
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('The username is too long.')
    expect(refused.body.length).toBeLessThan(8192)
    const device = await server.fetch(new Request(`${ISSUER}/device?user_code=${MEGABYTE}`))
    expect((await device.text()).length).toBeLessThan(8192)
  })
})
