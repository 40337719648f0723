import { describe, expect, it } from 'vitest'
import { ISSUER } from '../protocol/demo-world.ts'
import { createAuthorizationServer } from './index.ts'
import { createTestServer } from './testing/test-kit.ts'

const get = (server: { fetch(r: Request): Promise<Response> }, url: string, init?: RequestInit) =>
  server.fetch(new Request(url, init))

describe('discovery and keys', () => {
  it('serves the same metadata at both well-known paths, listing every endpoint', async () => {
    const server = createTestServer()
    const oidc = await (await get(server, `${ISSUER}/.well-known/openid-configuration`)).json()
    const oauth = await (
      await get(server, `${ISSUER}/.well-known/oauth-authorization-server`)
    ).json()
    expect(oauth).toEqual(oidc)
    expect(oidc).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/jwks`,
      response_types_supported: ['code'],
      grant_types_supported: expect.arrayContaining(['authorization_code', 'refresh_token']),
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      scopes_supported: ['openid', 'profile', 'email', 'photos.read', 'photos.write'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256', 'RS256'],
      authorization_response_iss_parameter_supported: true,
      introspection_endpoint: `${ISSUER}/introspect`,
      revocation_endpoint: `${ISSUER}/revoke`,
      userinfo_endpoint: `${ISSUER}/userinfo`,
    })
    expect(oidc.grant_types_supported).not.toContain('password')
    expect(oidc.grant_types_supported).not.toContain('implicit')
  })

  it('lists plain PKCE in the rfc6749 profile', async () => {
    const metadata = createTestServer({ profile: 'rfc6749' }).metadata()
    expect(metadata.code_challenge_methods_supported).toEqual(['S256', 'plain'])
  })

  it('publishes an ES256 and an RS256 public key with kid, alg and use, and no private parts', async () => {
    const jwks = await (await get(createTestServer(), `${ISSUER}/jwks`)).json()
    expect(jwks.keys).toHaveLength(2)
    const [ec, rsa] = jwks.keys
    expect(ec).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })
    expect(rsa).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' })
    for (const key of jwks.keys) {
      expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(key.d).toBeUndefined()
    }
  })

  it('routes below an issuer with a path, with RFC 8414 well-known placement', async () => {
    const server = createAuthorizationServer({ issuer: 'http://localhost:4000/tenant' })
    const rfc8414 = await get(
      server,
      'http://localhost:4000/.well-known/oauth-authorization-server/tenant',
    )
    expect((await rfc8414.json()).token_endpoint).toBe('http://localhost:4000/tenant/token')
    expect(
      (await get(server, 'http://localhost:4000/tenant/.well-known/openid-configuration')).status,
    ).toBe(200)
    expect((await get(server, 'http://localhost:4000/token')).status).toBe(404)
  })
})

describe('HTTP behaviour', () => {
  it('answers an unknown path with 404 JSON', async () => {
    const response = await get(createTestServer(), `${ISSUER}/nope`)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: 'not_found',
      error_description:
        'There is no endpoint at /nope. The list of endpoints is at /.well-known/openid-configuration.',
    })
  })

  it('answers a wrong method with 405 and Allow', async () => {
    const server = createTestServer()
    const token = await get(server, `${ISSUER}/token`)
    expect(token.status).toBe(405)
    expect(token.headers.get('allow')).toBe('POST')
    expect((await token.json()).error).toBe('method_not_allowed')
    const authorize = await get(server, `${ISSUER}/authorize`, { method: 'DELETE' })
    expect(authorize.headers.get('allow')).toBe('GET, HEAD, POST')
  })

  it('answers HEAD wherever GET is served: the same status and headers, no body (RFC 9110 §9.3.2)', async () => {
    const server = createTestServer()
    for (const path of ['/.well-known/openid-configuration', '/jwks', '/login?request_id=x']) {
      const [getResponse, headResponse] = await Promise.all([
        get(server, `${ISSUER}${path}`),
        get(server, `${ISSUER}${path}`, { method: 'HEAD' }),
      ])
      expect(headResponse.status).toBe(getResponse.status)
      expect(headResponse.headers.get('content-type')).toBe(getResponse.headers.get('content-type'))
      expect(headResponse.headers.get('access-control-allow-origin')).toBe(
        getResponse.headers.get('access-control-allow-origin'),
      )
      expect(await headResponse.text()).toBe('')
    }
    const token = await get(server, `${ISSUER}/token`, { method: 'HEAD' })
    expect(token.status).toBe(405)
    expect(token.headers.get('allow')).toBe('POST')
    expect(await token.text()).toBe('')
    const nowhere = await get(server, `${ISSUER}/nope`, { method: 'HEAD' })
    expect(nowhere.status).toBe(404)
    expect(await nowhere.text()).toBe('')
  })

  it('a CORS preflight lists only the headers the endpoints read: no DPoP', async () => {
    const preflight = await get(createTestServer(), `${ISSUER}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://spa.printshop.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type',
    )
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    const userinfo = await get(createTestServer(), `${ISSUER}/userinfo`, { method: 'OPTIONS' })
    expect(userinfo.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST')
  })

  it('never throws: an internal failure becomes 500 server_error JSON', async () => {
    const server = createAuthorizationServer({
      now: () => {
        throw new Error('clock broke')
      },
    })
    const response = await get(
      server,
      `${ISSUER}/authorize?client_id=photo-spa&response_type=code&scope=openid&state=s&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256&redirect_uri=${encodeURIComponent('https://spa.printshop.example/callback')}`,
    )
    expect(response.status).toBe(500)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      error: 'server_error',
      error_description:
        'The authorization server failed unexpectedly (clock broke). Try again; if it persists, report it.',
    })
  })

  it('clock.advance moves time forward and refuses to go back', () => {
    const server = createTestServer()
    const before = server.clock.nowSeconds()
    server.clock.advance(90)
    expect(server.clock.nowSeconds()).toBe(before + 90)
    expect(server.clock.offsetSeconds()).toBe(90)
    expect(() => server.clock.advance(-1)).toThrow(RangeError)
  })

  it('refuses an issuer with a trailing slash', () => {
    expect(() => createAuthorizationServer({ issuer: 'https://auth.photos.example/' })).toThrow(
      /trailing slash/,
    )
  })
})
