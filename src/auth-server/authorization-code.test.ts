import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { API_AUDIENCE, ISSUER, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { extractForms } from '../protocol/html-forms/html-forms.ts'
import { runAuthorization } from './testing/run-authorization.ts'
import {
  authorizationParams,
  createTestServer,
  FIXED_NOW,
  obtainCode,
  postForm,
  redeemCode,
} from './testing/test-kit.ts'

const NOW_S = FIXED_NOW / 1000

describe('authorization code + PKCE through the real login and consent forms', () => {
  it('walks /authorize -> login -> consent -> callback with code, state and iss', async () => {
    const server = createTestServer()
    const { params } = await authorizationParams('photo-spa')
    const run = await runAuthorization(server, params)
    expect(
      run.browser
        .history()
        .map((step) => `${step.method} ${new URL(step.url).pathname} ${step.status}`),
    ).toEqual([
      'GET /authorize 302',
      'GET /login 200',
      'POST /login 303',
      'GET /consent 200',
      'POST /consent 303',
    ])
    expect(run.page.redirectedTo?.origin + run.page.redirectedTo!.pathname).toBe(
      PHOTO_SPA_CLIENT.redirectUri,
    )
    expect(run.callback?.get('state')).toBe('state-123')
    expect(run.callback?.get('iss')).toBe(ISSUER)
    expect(run.callback?.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('without state (OPTIONAL, PKCE protects against CSRF) the code comes back with iss and no state', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'photo-spa', { state: '' })
    expect(run.params.state).toBeUndefined()
    expect(run.callback?.has('state')).toBe(false)
    expect(run.callback?.get('iss')).toBe(ISSUER)
    expect((await redeemCode(server, run)).status).toBe(200)
  })

  it('serves accessible login and consent pages with the documented fields', async () => {
    const server = createTestServer()
    const { params } = await authorizationParams('printshop')
    const login = await run(server, `/authorize?${new URLSearchParams(params)}`)
    expect(login.status).toBe(200)
    expect(login.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(login.body).toContain('<html lang="en">')
    expect(login.body).toContain('<h1>Sign in</h1>')
    expect(login.body).toContain('<label for="username">Username</label>')
    expect(login.body).toContain('<label for="password">Password</label>')
    const [form] = extractForms(login.body)
    expect(form?.action).toBe(`${ISSUER}/login`)
    expect(form?.method).toBe('POST')
    expect(
      form?.controls
        .filter((control) => control.name !== '')
        .map((control) => `${control.type}:${control.name}`),
    ).toEqual(['hidden:request_id', 'text:username', 'password:password'])
    expect(new URL(login.url).searchParams.get('request_id')).toBe(form?.controls[0]?.value)
  })

  it('re-renders the login form with a message after a wrong password, then accepts the right one', async () => {
    const server = createTestServer()
    const { params } = await authorizationParams('photo-spa')
    const first = await runAuthorization(server, params, { password: 'not-wonderland' })
    expect(first.page.status).toBe(400)
    expect(first.page.body).toContain('That username and password do not match')
    expect(first.page.body).toContain('value="alice"')
    expect(first.browser.cookies(ISSUER).size).toBe(0)
    const retry = await first.browser.submit(first.page, {
      username: 'alice',
      password: 'wonderland',
    })
    expect(new URL(retry.url).pathname).toBe('/consent')
    expect(retry.status).toBe(200)
    expect(first.browser.cookies(ISSUER).get('as_session')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('sets a HttpOnly, Secure, SameSite=Lax session cookie and answers POSTs with 303', async () => {
    const server = createTestServer()
    const { params } = await authorizationParams('photo-spa')
    const login = await run(server, `/authorize?${new URLSearchParams(params)}`)
    const requestId = extractForms(login.body)[0]?.controls[0]?.value ?? ''
    const response = await postForm(
      server,
      { request_id: requestId, username: 'alice', password: 'wonderland' },
      { path: '/login' },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${ISSUER}/consent?request_id=${requestId}`)
    expect(response.headers.get('set-cookie')).toMatch(
      /^as_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=28800; HttpOnly; Secure; SameSite=Lax$/,
    )
  })

  it('denying consent sends access_denied back with state and iss', async () => {
    const server = createTestServer()
    const { params } = await authorizationParams('printshop')
    const run = await runAuthorization(server, params, { decision: 'deny' })
    expect(Object.fromEntries(run.callback ?? [])).toEqual({
      error: 'access_denied',
      error_description: 'The user denied the request.',
      state: 'state-123',
      iss: ISSUER,
    })
  })

  it('exchanges the code for an RFC 9068 access token verifiable with /jwks', async () => {
    const server = createTestServer()
    const codeRun = await obtainCode(server, 'photo-spa')
    const response = await redeemCode(server, codeRun)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('pragma')).toBe('no-cache')
    const body = await response.json()
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'openid profile photos.read',
    })
    expect(typeof body.refresh_token).toBe('string')
    expect(typeof body.id_token).toBe('string')
    const jwks = await (await server.fetch(new Request(`${ISSUER}/jwks`))).json()
    const header = decodeProtectedHeader(body.access_token)
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' })
    expect(jwks.keys.map((key: { kid: string }) => key.kid)).toContain(header.kid)
    const { payload } = await jwtVerify(body.access_token, createLocalJWKSet(jwks), {
      typ: 'at+jwt',
      issuer: ISSUER,
      audience: API_AUDIENCE,
      currentDate: new Date(FIXED_NOW),
    })
    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: API_AUDIENCE,
      sub: 'alice',
      client_id: 'photo-spa',
      scope: 'openid profile photos.read',
      iat: NOW_S,
      exp: NOW_S + 3600,
    })
    expect(payload.jti).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('lets the confidential client authenticate with client_secret_post too', async () => {
    const server = createTestServer()
    const codeRun = await obtainCode(server, 'printshop')
    const response = await postForm(server, {
      grant_type: 'authorization_code',
      code: codeRun.code,
      redirect_uri: PRINTSHOP_CLIENT.redirectUri,
      code_verifier: codeRun.verifier,
      client_id: 'printshop',
      client_secret: 'printshop-secret',
    })
    expect(response.status).toBe(200)
    expect((await response.json()).access_token).toBeTypeOf('string')
  })

  it('accepts plain PKCE in the rfc6749 profile', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const verifier = 'p'.repeat(50)
    const codeRun = await obtainCode(server, 'photo-spa', {
      code_challenge: verifier,
      code_challenge_method: 'plain',
    })
    const response = await redeemCode(server, { ...codeRun, verifier })
    expect(response.status).toBe(200)
  })

  it('skips the login page when the browser already has a session', async () => {
    const server = createTestServer()
    const first = await obtainCode(server, 'photo-spa')
    const { params } = await authorizationParams('printshop')
    const before = first.browser.history().length
    const second = await runAuthorization(server, params, { browser: first.browser })
    const steps = first.browser
      .history()
      .slice(before)
      .map((step) => `${step.method} ${new URL(step.url).pathname}`)
    expect(steps).toEqual(['GET /authorize', 'GET /consent', 'POST /consent'])
    expect(second.callback?.get('code')).toBeTypeOf('string')
  })
})

async function run(server: ReturnType<typeof createTestServer>, path: string) {
  const { createBrowserClient } = await import('./testing/browser-client.ts')
  const browser = createBrowserClient(
    (request) => server.fetch(request),
    (url) => url.origin === ISSUER,
  )
  return browser.open(`${ISSUER}${path}`)
}
