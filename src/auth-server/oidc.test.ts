import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { computeHashClaim } from '../protocol/hash-claim.ts'
import { ISSUER } from '../protocol/demo-world.ts'
import { DEMO_CLIENTS, DEMO_USERS } from './index.ts'
import { runAuthorization } from './testing/run-authorization.ts'
import {
  authorizationParams,
  createTestServer,
  FIXED_NOW,
  obtainCode,
  redeemCode,
} from './testing/test-kit.ts'

const NOW_S = FIXED_NOW / 1000

async function tokens(
  server: ReturnType<typeof createTestServer>,
  clientId: 'printshop' | 'photo-spa' = 'photo-spa',
  extra: Record<string, string> = {},
) {
  const run = await obtainCode(server, clientId, extra)
  const response = await redeemCode(server, run)
  expect(response.status).toBe(200)
  return { run, body: await response.json() }
}

describe('OpenID Connect ID tokens', () => {
  it('issues an ES256 ID token with iss, sub, aud, exp, iat, auth_time, nonce and at_hash', async () => {
    const server = createTestServer()
    const { body } = await tokens(server)
    const jwks = createLocalJWKSet(await server.jwks())
    const { payload, protectedHeader } = await jwtVerify(body.id_token, jwks, {
      issuer: ISSUER,
      audience: 'photo-spa',
      currentDate: new Date(FIXED_NOW),
    })
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'JWT' })
    expect(payload).toEqual({
      iss: ISSUER,
      sub: 'alice',
      aud: 'photo-spa',
      iat: NOW_S,
      exp: NOW_S + 3600,
      auth_time: NOW_S,
      nonce: 'nonce-456',
      at_hash: await computeHashClaim(body.access_token, 'ES256'),
    })
  })

  it('signs RS256 when the server option asks for it', async () => {
    const server = createTestServer({ idTokenSigningAlg: 'RS256' })
    const { body } = await tokens(server)
    expect(decodeProtectedHeader(body.id_token).alg).toBe('RS256')
    const { payload } = await jwtVerify(body.id_token, createLocalJWKSet(await server.jwks()), {
      currentDate: new Date(FIXED_NOW),
    })
    expect(payload.at_hash).toBe(await computeHashClaim(body.access_token, 'RS256'))
    expect(decodeProtectedHeader(body.access_token).alg).toBe('ES256')
  })

  it('signs RS256 for a client registered with id_token_signed_response_alg RS256', async () => {
    const clients = DEMO_CLIENTS.map((client) =>
      client.clientId === 'printshop'
        ? { ...client, idTokenSignedResponseAlg: 'RS256' as const }
        : client,
    )
    const server = createTestServer({ world: { clients, users: DEMO_USERS } })
    expect(decodeProtectedHeader((await tokens(server, 'printshop')).body.id_token).alg).toBe(
      'RS256',
    )
    expect(decodeProtectedHeader((await tokens(server, 'photo-spa')).body.id_token).alg).toBe(
      'ES256',
    )
  })

  it('issues no ID token without scope openid', async () => {
    const { body } = await tokens(createTestServer(), 'photo-spa', { scope: 'photos.read' })
    expect(body.id_token).toBeUndefined()
    expect(body.scope).toBe('photos.read')
  })

  it('omits nonce when none was sent', async () => {
    const { body } = await tokens(createTestServer(), 'photo-spa', { nonce: '' })
    expect(decodeJwt(body.id_token).nonce).toBeUndefined()
  })
})

describe('prompt and max_age', () => {
  it('prompt=none with a session and earlier consent returns a code at once', async () => {
    const server = createTestServer()
    const first = await obtainCode(server)
    const { params } = await authorizationParams('photo-spa', { prompt: 'none' })
    const run = await runAuthorization(server, params, { browser: first.browser })
    expect(run.page.history.map((step) => new URL(step.url).pathname)).toEqual(['/authorize'])
    expect(run.callback?.get('code')).toBeTypeOf('string')
    expect(run.callback?.get('iss')).toBe(ISSUER)
  })

  it('prompt=none with a session but no consent for this client is consent_required', async () => {
    const server = createTestServer()
    const first = await obtainCode(server, 'photo-spa')
    const { params } = await authorizationParams('printshop', { prompt: 'none' })
    const run = await runAuthorization(server, params, { browser: first.browser })
    expect(run.callback?.get('error')).toBe('consent_required')
    expect(run.callback?.get('state')).toBe('state-123')
  })

  it('prompt=login asks for the password again even with a session', async () => {
    const server = createTestServer()
    const first = await obtainCode(server)
    server.clock.advance(100)
    const { params, verifier } = await authorizationParams('photo-spa', { prompt: 'login' })
    const before = first.browser.history().length
    const run = await runAuthorization(server, params, { browser: first.browser })
    expect(
      first.browser
        .history()
        .slice(before)
        .map((step) => `${step.method} ${new URL(step.url).pathname}`),
    ).toEqual(['GET /authorize', 'GET /login', 'POST /login', 'GET /consent', 'POST /consent'])
    const response = await redeemCode(server, {
      ...run,
      code: run.callback!.get('code')!,
      verifier,
      params,
    })
    expect(decodeJwt((await response.json()).id_token).auth_time).toBe(NOW_S + 100)
  })

  it('max_age forces a new login when the session is older, and auth_time reports it', async () => {
    const server = createTestServer()
    const first = await obtainCode(server)
    server.clock.advance(600)
    const { params, verifier } = await authorizationParams('photo-spa', { max_age: '300' })
    const run = await runAuthorization(server, params, { browser: first.browser })
    expect(run.page.history.length).toBeGreaterThan(0)
    expect(
      first.browser
        .history()
        .filter((step) => step.method === 'POST' && step.url.endsWith('/login')),
    ).toHaveLength(2)
    const response = await redeemCode(server, {
      ...run,
      code: run.callback!.get('code')!,
      verifier,
      params,
    })
    expect(decodeJwt((await response.json()).id_token).auth_time).toBe(NOW_S + 600)
  })

  it('max_age within the session age keeps the original auth_time', async () => {
    const server = createTestServer()
    const first = await obtainCode(server)
    server.clock.advance(100)
    const { params, verifier } = await authorizationParams('photo-spa', { max_age: '300' })
    const run = await runAuthorization(server, params, { browser: first.browser })
    const response = await redeemCode(server, {
      ...run,
      code: run.callback!.get('code')!,
      verifier,
      params,
    })
    expect(decodeJwt((await response.json()).id_token).auth_time).toBe(NOW_S)
  })
})
