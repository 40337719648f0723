import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { ISSUER, LEGACY_APP_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { runAuthorization } from './testing/run-authorization.ts'
import { createTestServer, expectJsonError, FIXED_NOW, postForm } from './testing/test-kit.ts'

const LEGACY: [string, string] = [LEGACY_APP_CLIENT.clientId, LEGACY_APP_CLIENT.clientSecret]
const implicitParams = {
  response_type: 'token',
  client_id: LEGACY_APP_CLIENT.clientId,
  redirect_uri: LEGACY_APP_CLIENT.redirectUri,
  scope: 'photos.read',
  state: 'st-1',
}

describe('implicit grant, response_type=token (RFC 6749 §4.2), rfc6749 profile only', () => {
  it('puts the access token in the fragment with token_type, expires_in, scope, state and iss; no refresh token', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const run = await runAuthorization(server, implicitParams)
    const url = run.page.redirectedTo!
    expect(`${url.origin}${url.pathname}`).toBe(LEGACY_APP_CLIENT.redirectUri)
    expect(url.search).toBe('')
    const fragment = new URLSearchParams(url.hash.slice(1))
    expect([...fragment.keys()].sort()).toEqual([
      'access_token',
      'expires_in',
      'iss',
      'scope',
      'state',
      'token_type',
    ])
    expect(Object.fromEntries(fragment)).toMatchObject({
      token_type: 'Bearer',
      expires_in: '3600',
      scope: 'photos.read',
      state: 'st-1',
      iss: ISSUER,
    })
    expect(decodeJwt(fragment.get('access_token')!)).toMatchObject({
      sub: 'alice',
      client_id: 'legacy-app',
      scope: 'photos.read',
      auth_time: FIXED_NOW / 1000,
    })
  })

  it('sends a denial back in the fragment too', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const run = await runAuthorization(server, implicitParams, { decision: 'deny' })
    const fragment = new URLSearchParams(run.page.redirectedTo!.hash.slice(1))
    expect(fragment.get('error')).toBe('access_denied')
    expect(fragment.get('state')).toBe('st-1')
  })

  it('is listed in the rfc6749 metadata only', () => {
    expect(createTestServer({ profile: 'rfc6749' }).metadata()).toMatchObject({
      response_types_supported: ['code', 'token'],
      response_modes_supported: ['query', 'fragment'],
    })
    expect(createTestServer().metadata()).toMatchObject({
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
    })
  })

  it('oauth2.1 refuses it with unsupported_response_type, redirected to the registered URI, saying why', async () => {
    const server = createTestServer()
    const response = await server.fetch(
      new Request(`${ISSUER}/authorize?${new URLSearchParams(implicitParams)}`),
    )
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(LEGACY_APP_CLIENT.redirectUri)
    expect(location.searchParams.get('error')).toBe('unsupported_response_type')
    expect(location.searchParams.get('error_description')).toMatch(
      /implicit grant is removed in OAuth 2\.1/,
    )
    expect(location.searchParams.get('state')).toBe('st-1')
  })

  it('rfc6749 still refuses it to a client not registered for it (unauthorized_client)', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const params = {
      ...implicitParams,
      client_id: PRINTSHOP_CLIENT.clientId,
      redirect_uri: PRINTSHOP_CLIENT.redirectUri,
    }
    const location = new URL(
      (
        await server.fetch(new Request(`${ISSUER}/authorize?${new URLSearchParams(params)}`))
      ).headers.get('location')!,
    )
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe('unauthorized_client')
  })
})

describe('password grant (RFC 6749 §4.3), rfc6749 profile only', () => {
  it('gives legacy-app an access token for the user, with no refresh token', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const response = await postForm(
      server,
      { grant_type: 'password', username: 'bob', password: 'builder', scope: 'photos.read' },
      { basic: LEGACY },
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'photos.read' })
    expect(body.refresh_token).toBeUndefined()
    expect(decodeJwt(body.access_token)).toMatchObject({ sub: 'bob', client_id: 'legacy-app' })
  })

  it('answers invalid_grant to a wrong password or an unknown user, invalid_request to a missing one', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    await expectJsonError(
      await postForm(
        server,
        { grant_type: 'password', username: 'bob', password: 'nope' },
        { basic: LEGACY },
      ),
      400,
      'invalid_grant',
      /username or password is wrong/,
    )
    await expectJsonError(
      await postForm(
        server,
        { grant_type: 'password', username: 'carol', password: 'x' },
        { basic: LEGACY },
      ),
      400,
      'invalid_grant',
      /username or password is wrong/,
    )
    await expectJsonError(
      await postForm(server, { grant_type: 'password', username: 'bob' }, { basic: LEGACY }),
      400,
      'invalid_request',
      /needs both username and password/,
    )
  })

  it('refuses further tries after 5 wrong passwords in a minute, even the right one (RFC 6749 §4.3.2)', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    for (let i = 0; i < 5; i++)
      await postForm(
        server,
        { grant_type: 'password', username: 'alice', password: `guess-${i}` },
        { basic: LEGACY },
      )
    await expectJsonError(
      await postForm(
        server,
        { grant_type: 'password', username: 'alice', password: 'wonderland' },
        { basic: LEGACY },
      ),
      400,
      'invalid_grant',
      /Too many wrong passwords for alice. Try again in 60 seconds/,
    )
    server.clock.advance(60)
    expect(
      (
        await postForm(
          server,
          { grant_type: 'password', username: 'alice', password: 'wonderland' },
          { basic: LEGACY },
        )
      ).status,
    ).toBe(200)
  })

  it('rfc6749 refuses it to a client not registered for it (unauthorized_client)', async () => {
    const server = createTestServer({ profile: 'rfc6749' })
    const response = await postForm(
      server,
      { grant_type: 'password', username: 'bob', password: 'builder' },
      { basic: [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret] },
    )
    await expectJsonError(
      response,
      400,
      'unauthorized_client',
      /printshop is not registered for grant_type=password/,
    )
  })

  it('oauth2.1 refuses it with unsupported_grant_type, saying why (RFC 9700 §2.4, OAuth 2.1 §10)', async () => {
    const server = createTestServer()
    const response = await postForm(
      server,
      { grant_type: 'password', username: 'bob', password: 'builder' },
      { basic: LEGACY },
    )
    await expectJsonError(
      response,
      400,
      'unsupported_grant_type',
      /profile oauth2\.1\) does not support grant_type=password\. The password grant gives the user's password to the client; RFC 9700 section 2\.4 says it MUST NOT be used and OAuth 2\.1 section 10 removes it/,
    )
    expect(createTestServer().metadata().grant_types_supported).not.toContain('password')
    expect(createTestServer({ profile: 'rfc6749' }).metadata().grant_types_supported).toContain(
      'password',
    )
  })
})
