import { describe, expect, it } from 'vitest'
import { isValidErrorText } from '../protocol/oauth-error.ts'
import { ISSUER, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import type { AuthorizationServerOptions } from './index.ts'
import { authorizationParams, createTestServer } from './testing/test-kit.ts'

async function authorize(
  params: Record<string, string>,
  options: AuthorizationServerOptions = {},
  extraQuery = '',
) {
  const server = createTestServer(options)
  const query = new URLSearchParams(params).toString() + extraQuery
  const response = await server.fetch(new Request(`${ISSUER}/authorize?${query}`))
  return { server, response, location: response.headers.get('location') }
}

async function spa(extra: Record<string, string>) {
  return (await authorizationParams('photo-spa', extra)).params
}

/** Asserts an error page: HTML, status 400, never a Location header (RFC 6749 §4.1.2.1). */
async function expectErrorPage(response: Response, text: string) {
  expect(response.status).toBe(400)
  expect(response.headers.get('location')).toBeNull()
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(await response.text()).toContain(text)
}

/** Asserts a redirect back to the registered URI with error, description, state and iss. */
function expectErrorRedirect(
  location: string | null,
  base: string,
  error: string,
  description: RegExp,
  state: string | null = 'state-123',
) {
  expect(location).not.toBeNull()
  const url = new URL(location!)
  expect(`${url.origin}${url.pathname}`).toBe(base)
  expect(url.searchParams.get('error')).toBe(error)
  expect(url.searchParams.get('error_description')).toMatch(description)
  expect(isValidErrorText(url.searchParams.get('error_description')!)).toBe(true)
  expect(url.searchParams.get('state')).toBe(state)
  expect(url.searchParams.get('iss')).toBe(ISSUER)
}

describe('/authorize errors that must never redirect', () => {
  it.each([
    ['missing client_id', { client_id: '' }, 'has no client_id'],
    [
      'unknown client_id',
      { client_id: 'evil-app' },
      'No client is registered with client_id evil-app',
    ],
    [
      'unregistered redirect_uri',
      { redirect_uri: 'https://attacker.example/cb' },
      'is not registered for client photo-spa',
    ],
    [
      'a longer path on the registered URI',
      { redirect_uri: `${PHOTO_SPA_CLIENT.redirectUri}/../evil` },
      'is not registered',
    ],
    [
      'redirect_uri with a fragment',
      { redirect_uri: `${PHOTO_SPA_CLIENT.redirectUri}#x` },
      'must not contain a fragment',
    ],
    ['relative redirect_uri', { redirect_uri: '/callback' }, 'is not an absolute URI'],
  ])('%s gets a 400 HTML page', async (_name, extra, text) => {
    const { response } = await authorize(await spa(extra))
    await expectErrorPage(response, text)
  })

  it('a repeated client_id or redirect_uri gets the page', async () => {
    const params = await spa({})
    await expectErrorPage(
      (await authorize(params, {}, '&client_id=printshop')).response,
      'client_id was sent more than once',
    )
    await expectErrorPage(
      (
        await authorize(
          params,
          {},
          `&redirect_uri=${encodeURIComponent(PHOTO_SPA_CLIENT.redirectUri)}`,
        )
      ).response,
      'redirect_uri was sent more than once',
    )
  })

  it('a POST that is not a form gets the page', async () => {
    const server = createTestServer()
    const response = await server.fetch(
      new Request(`${ISSUER}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    )
    await expectErrorPage(response, 'must be a form')
  })

  it('with exactRedirectMatching off, a URI that extends the registered one is accepted', async () => {
    const { response } = await authorize(
      await spa({ redirect_uri: `${PHOTO_SPA_CLIENT.redirectUri}/evil` }),
      { defences: { exactRedirectMatching: false } },
    )
    expect(response.status).toBe(302)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/login')
  })
})

describe('/authorize errors sent back to the client', () => {
  const SPA = PHOTO_SPA_CLIENT.redirectUri
  it.each([
    ['missing response_type', { response_type: '' }, 'invalid_request', /response_type is missing/],
    [
      'implicit in OAuth 2.1',
      { response_type: 'token' },
      'unsupported_response_type',
      /implicit grant is removed/,
    ],
    [
      'unknown response_type',
      { response_type: 'banana' },
      'unsupported_response_type',
      /response_type=banana/,
    ],
    [
      'unknown scope',
      { scope: 'openid photos.delete' },
      'invalid_scope',
      /Unknown scope photos\.delete/,
    ],
    ['empty scope', { scope: '' }, 'invalid_scope', /No scope was requested/],
    [
      'public client without PKCE',
      { code_challenge: '', code_challenge_method: '' },
      'invalid_request',
      /Code challenge required/,
    ],
    [
      'unsupported PKCE method',
      { code_challenge_method: 'S512' },
      'invalid_request',
      /Transform algorithm not supported: code_challenge_method=S512/,
    ],
    [
      'plain PKCE in OAuth 2.1',
      { code_challenge_method: 'plain' },
      'invalid_request',
      /accepts only code_challenge_method=S256/,
    ],
    [
      'absent method means plain',
      { code_challenge_method: '' },
      'invalid_request',
      /an absent method means plain/,
    ],
    [
      'method without challenge',
      { code_challenge: '' },
      'invalid_request',
      /without code_challenge/,
    ],
    [
      'malformed challenge',
      { code_challenge: 'too-short' },
      'invalid_request',
      /43 to 128 characters/,
    ],
    ['prompt=none without a session', { prompt: 'none' }, 'login_required', /not signed in/],
    [
      'prompt=none with another value',
      { prompt: 'none login' },
      'invalid_request',
      /cannot be combined/,
    ],
    ['unknown prompt', { prompt: 'maybe' }, 'invalid_request', /Unknown prompt value maybe/],
    ['bad max_age', { max_age: '-1' }, 'invalid_request', /max_age must be a whole number/],
    [
      'request object',
      { request: 'eyJhbGciOiJub25lIn0.e30.' },
      'request_not_supported',
      /request objects/,
    ],
  ])('%s', async (_name, extra, error, description) => {
    const { response, location } = await authorize(await spa(extra))
    expect(response.status).toBe(302)
    expectErrorRedirect(location, SPA, error, description)
  })

  it('state is OPTIONAL (OAuth 2.1 §4.1.1); the requireState defence refuses a request without it', async () => {
    const allowed = await authorize(await spa({ state: '' }))
    expect(new URL(allowed.location!).pathname).toBe('/login')
    const refused = await authorize(await spa({ state: '' }), { defences: { requireState: true } })
    expectErrorRedirect(
      refused.location,
      SPA,
      'invalid_request',
      /state is missing, and this server is set to require it/,
      null,
    )
  })

  it('a public client without PKCE is allowed when requirePkce is off', async () => {
    const { location } = await authorize(
      await spa({ code_challenge: '', code_challenge_method: '' }),
      { defences: { requirePkce: false } },
    )
    expect(new URL(location!).pathname).toBe('/login')
  })

  it('an OpenID request without PKCE needs a nonce (requireNonce)', async () => {
    const params = (
      await authorizationParams('printshop', {
        code_challenge: '',
        code_challenge_method: '',
        nonce: '',
      })
    ).params
    expectErrorRedirect(
      (await authorize(params)).location,
      PRINTSHOP_CLIENT.redirectUri,
      'invalid_request',
      /nonce is missing/,
    )
    // Without the nonce defence, OAuth 2.1's PKCE rule still refuses it; rfc6749 lets it through.
    expectErrorRedirect(
      (await authorize(params, { defences: { requireNonce: false } })).location,
      PRINTSHOP_CLIENT.redirectUri,
      'invalid_request',
      /Code challenge required: OAuth 2.1 requires PKCE for confidential clients too/,
    )
    const legacy = { profile: 'rfc6749', defences: { requireNonce: false } } as const
    expect(new URL((await authorize(params, legacy)).location!).pathname).toBe('/login')
  })

  it('a confidential client needs PKCE in oauth2.1 unless it sends openid with a nonce (OAuth 2.1 §7.5.1.1)', async () => {
    const withoutPkce = (extra: Record<string, string>) =>
      authorizationParams('printshop', { code_challenge: '', code_challenge_method: '', ...extra })
    const plainOAuth = (await withoutPkce({ scope: 'photos.read', nonce: '' })).params
    expectErrorRedirect(
      (await authorize(plainOAuth)).location,
      PRINTSHOP_CLIENT.redirectUri,
      'invalid_request',
      /Code challenge required: .* or scope openid with a nonce \(OAuth 2\.1 section 7\.5\.1\.1\)/,
    )
    // A nonce alone is no exemption without openid: only an ID token carries the nonce back.
    const nonceNoOpenid = (await withoutPkce({ scope: 'photos.read' })).params
    expect(new URL((await authorize(nonceNoOpenid)).location!).searchParams.get('error')).toBe(
      'invalid_request',
    )
    const openidWithNonce = (await withoutPkce({})).params
    expect(new URL((await authorize(openidWithNonce)).location!).pathname).toBe('/login')
    expect(new URL((await authorize(plainOAuth, { profile: 'rfc6749' })).location!).pathname).toBe(
      '/login',
    )
    expect(
      new URL((await authorize(plainOAuth, { defences: { requirePkce: false } })).location!)
        .pathname,
    ).toBe('/login')
  })

  it('a repeated parameter is invalid_request', async () => {
    const { location } = await authorize(await spa({}), {}, '&scope=openid')
    expectErrorRedirect(location, SPA, 'invalid_request', /scope was sent more than once/)
  })

  it('keeps the query of a registered redirect URI and answers a POST with 303', async () => {
    const server = createTestServer({ world: { users: [], clients: [{ ...clientWithQuery }] } })
    const params = {
      response_type: 'code',
      client_id: 'q',
      redirect_uri: clientWithQuery.redirectUris[0]!,
      scope: 'bogus',
      state: 's',
    }
    const response = await server.fetch(
      new Request(`${ISSUER}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params),
      }),
    )
    expect(response.status).toBe(303)
    const url = new URL(response.headers.get('location')!)
    expect(url.searchParams.get('tenant')).toBe('7')
    expect(url.searchParams.get('error')).toBe('invalid_scope')
  })
})

const clientWithQuery = {
  clientId: 'q',
  clientName: 'Q',
  type: 'public' as const,
  redirectUris: ['https://q.example/cb?tenant=7'],
  grantTypes: ['authorization_code' as const],
  responseTypes: ['code' as const],
  scopes: ['openid'],
  tokenEndpointAuthMethods: ['none' as const],
}
