import { describe, expect, it } from 'vitest'
import { ISSUER, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { isValidErrorText } from '../protocol/oauth-error.ts'
import { createTestServer, obtainCode, postForm, redeemCode } from './testing/test-kit.ts'

const PRINTSHOP: [string, string] = [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret]

async function expectError(
  response: Response,
  status: number,
  error: string,
  description?: RegExp,
) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = await response.json()
  expect(body.error).toBe(error)
  expect(isValidErrorText(body.error_description)).toBe(true)
  if (description) expect(body.error_description).toMatch(description)
  return body
}

describe('/token: authorization_code errors', () => {
  it('a wrong code_verifier is 400 invalid_grant', async () => {
    const server = createTestServer()
    const run = await obtainCode(server)
    await expectError(
      await redeemCode(server, { ...run, verifier: 'x'.repeat(43) }),
      400,
      'invalid_grant',
      /does not match the code_challenge \(S256\)/,
    )
  })

  it('a missing code_verifier after a challenge is invalid_request', async () => {
    const server = createTestServer()
    const run = await obtainCode(server)
    await expectError(
      await redeemCode(server, run, { code_verifier: '' }),
      400,
      'invalid_request',
      /code_verifier is missing/,
    )
  })

  it('a code_verifier without a challenge is refused as a PKCE downgrade (RFC 9700 §4.8)', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'printshop', {
      code_challenge: '',
      code_challenge_method: '',
    })
    await expectError(await redeemCode(server, run), 400, 'invalid_request', /PKCE downgrade/)
    const ok = await redeemCode(server, run, { code_verifier: '' })
    expect(ok.status).toBe(200)
  })

  it('a code is single-use: a replay is invalid_grant and revokes the tokens it gave', async () => {
    const server = createTestServer()
    const run = await obtainCode(server)
    const first = await (await redeemCode(server, run)).json()
    await expectError(
      await redeemCode(server, run),
      400,
      'invalid_grant',
      /already used\. .* revoked the grant issued from it .* introspection reports its access token inactive, though an API that checks the JWT itself accepts it until it expires\.$/,
    )
    const refresh = await postForm(server, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      client_id: PHOTO_SPA_CLIENT.clientId,
    })
    await expectError(refresh, 400, 'invalid_grant', /revoked \(authorization code replayed\)/)
  })

  it('a replay with a wrong verifier does not revoke anything (OAuth 2.1 §7.5.2)', async () => {
    const server = createTestServer()
    const run = await obtainCode(server)
    const first = await (await redeemCode(server, run)).json()
    await expectError(
      await redeemCode(server, { ...run, verifier: 'y'.repeat(43) }),
      400,
      'invalid_grant',
      /does not match/,
    )
    const refresh = await postForm(server, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      client_id: PHOTO_SPA_CLIENT.clientId,
    })
    expect(refresh.status).toBe(200)
  })

  it('codes live 60 seconds on the server clock', async () => {
    const server = createTestServer()
    const early = await obtainCode(server)
    server.clock.advance(59)
    expect((await redeemCode(server, early)).status).toBe(200)
    const late = await obtainCode(server)
    server.clock.advance(60)
    await expectError(
      await redeemCode(server, late),
      400,
      'invalid_grant',
      /expired: codes live 60 seconds/,
    )
  })

  it('a code is bound to its client and redirect URI', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'photo-spa')
    const stolen = await postForm(
      server,
      {
        grant_type: 'authorization_code',
        code: run.code,
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        code_verifier: run.verifier,
      },
      { basic: PRINTSHOP },
    )
    await expectError(stolen, 400, 'invalid_grant', /issued to another client/)
    await expectError(
      await redeemCode(server, run, { redirect_uri: 'https://spa.printshop.example/other' }),
      400,
      'invalid_grant',
      /differs from the one the code was issued for/,
    )
  })

  it('redirect_uri may be omitted in oauth2.1 but is required in rfc6749 when it was sent', async () => {
    const modern = createTestServer()
    expect((await redeemCode(modern, await obtainCode(modern), { redirect_uri: '' })).status).toBe(
      200,
    )
    const legacy = createTestServer({ profile: 'rfc6749' })
    await expectError(
      await redeemCode(legacy, await obtainCode(legacy), { redirect_uri: '' }),
      400,
      'invalid_request',
      /redirect_uri is required/,
    )
  })

  it('unknown and missing codes', async () => {
    const server = createTestServer()
    await expectError(
      await postForm(server, {
        grant_type: 'authorization_code',
        code: 'nope',
        client_id: 'photo-spa',
      }),
      400,
      'invalid_grant',
      /unknown/,
    )
    await expectError(
      await postForm(server, { grant_type: 'authorization_code', client_id: 'photo-spa' }),
      400,
      'invalid_request',
      /code is missing/,
    )
  })
})

describe('/token: client authentication and request shape', () => {
  const body = { grant_type: 'authorization_code', code: 'whatever' }

  it('a wrong secret over Basic is 401 with WWW-Authenticate: Basic', async () => {
    const response = await postForm(createTestServer(), body, { basic: ['printshop', 'wrong'] })
    await expectError(response, 401, 'invalid_client', /secret for printshop is wrong/)
    expect(response.headers.get('www-authenticate')).toBe(
      'Basic realm="auth.photos.example", charset="UTF-8"',
    )
  })

  it.each([
    [
      'unknown client over Basic',
      {},
      ['nobody', 'x'],
      /No client is registered with client_id nobody/,
    ],
    ['unknown client in the body', { client_id: 'nobody' }, undefined, /No client is registered/],
    [
      'wrong client_secret_post',
      { client_id: 'printshop', client_secret: 'nope' },
      undefined,
      /is wrong/,
    ],
    [
      'confidential client without credentials',
      { client_id: 'printshop' },
      undefined,
      /must authenticate with its secret/,
    ],
    ['no client at all', {}, undefined, /did not identify itself/],
    [
      'a secret for a public client',
      { client_id: 'photo-spa', client_secret: 'x' },
      undefined,
      /public client and has no secret/,
    ],
  ] as const)('%s is 401 invalid_client', async (_name, extra, basic, description) => {
    const response = await postForm(
      createTestServer(),
      { ...body, ...extra },
      basic ? { basic: [...basic] } : {},
    )
    await expectError(response, 401, 'invalid_client', description)
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
  })

  it('malformed Basic credentials and other schemes are invalid_client', async () => {
    const server = createTestServer()
    await expectError(
      await postForm(server, body, { headers: { authorization: 'Basic %%%' } }),
      401,
      'invalid_client',
      /malformed/,
    )
    await expectError(
      await postForm(server, body, { headers: { authorization: 'Bearer abc' } }),
      401,
      'invalid_client',
      /Basic scheme/,
    )
  })

  it('two authentication methods at once are invalid_request', async () => {
    await expectError(
      await postForm(
        createTestServer(),
        { ...body, client_secret: 'printshop-secret' },
        { basic: PRINTSHOP },
      ),
      400,
      'invalid_request',
      /use exactly one method/,
    )
  })

  it('an empty client_secret counts as absent', async () => {
    const response = await postForm(createTestServer(), {
      ...body,
      client_id: 'photo-spa',
      client_secret: '',
    })
    await expectError(response, 400, 'invalid_grant', /unknown/)
  })

  it.each([
    ['missing grant_type', { code: 'x' }, 'invalid_request', /grant_type is missing/],
    ['unknown grant_type', { grant_type: 'magic' }, 'unsupported_grant_type', /grant_type=magic/],
    [
      'password grant in oauth2.1',
      { grant_type: 'password', username: 'alice', password: 'wonderland' },
      'unsupported_grant_type',
      /profile oauth2\.1/,
    ],
  ])('%s', async (_name, form, error, description) => {
    await expectError(
      await postForm(createTestServer(), form, { basic: PRINTSHOP }),
      400,
      error,
      description,
    )
  })

  it('a repeated parameter is invalid_request', async () => {
    const server = createTestServer()
    const response = await server.fetch(
      new Request(`${ISSUER}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=authorization_code&code=a&code=b&client_id=photo-spa',
      }),
    )
    await expectError(response, 400, 'invalid_request', /code was sent more than once/)
  })

  it('a body that is not a form is invalid_request', async () => {
    const server = createTestServer()
    const response = await server.fetch(
      new Request(`${ISSUER}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"grant_type":"authorization_code"}',
      }),
    )
    await expectError(response, 400, 'invalid_request', /application\/x-www-form-urlencoded/)
  })

  it('a client not registered for the grant is unauthorized_client', async () => {
    const server = createTestServer({
      world: {
        users: [],
        clients: [
          {
            clientId: 'c',
            clientName: 'C',
            type: 'public',
            redirectUris: ['https://c.example/cb'],
            grantTypes: ['authorization_code'],
            responseTypes: ['code'],
            scopes: ['openid'],
            tokenEndpointAuthMethods: ['none'],
          },
        ],
      },
    })
    await expectError(
      await postForm(server, { grant_type: 'refresh_token', refresh_token: 'x', client_id: 'c' }),
      400,
      'unauthorized_client',
      /not registered for grant_type=refresh_token/,
    )
  })
})
