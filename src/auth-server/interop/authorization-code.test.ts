import * as client from 'openid-client'
import { describe, expect, it } from 'vitest'
import { DEMO_USER, ISSUER, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import {
  createInteropServer,
  discover,
  handlerFetch,
  issuerBrowser,
  signInAndConsent,
  verifyAccessToken,
} from './interop-kit.ts'

describe('openid-client: discovery', () => {
  it('discovers the server through /.well-known/openid-configuration', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const metadata = config.serverMetadata()
    expect(metadata.issuer).toBe(ISSUER)
    expect(metadata.authorization_endpoint).toBe(`${ISSUER}/authorize`)
    expect(metadata.token_endpoint).toBe(`${ISSUER}/token`)
    expect(metadata.jwks_uri).toBe(`${ISSUER}/jwks`)
    expect(metadata.userinfo_endpoint).toBe(`${ISSUER}/userinfo`)
    expect(metadata.introspection_endpoint).toBe(`${ISSUER}/introspect`)
    expect(metadata.revocation_endpoint).toBe(`${ISSUER}/revoke`)
    expect(metadata.code_challenge_methods_supported).toEqual(['S256'])
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true)
    expect(metadata.supportsPKCE()).toBe(true)
  })

  it('discovers the server through RFC 8414 /.well-known/oauth-authorization-server too', async () => {
    const server = createInteropServer()
    const config = await client.discovery(
      new URL(server.issuer),
      'printshop',
      undefined,
      client.ClientSecretBasic('printshop-secret'),
      {
        algorithm: 'oauth2',
        [client.customFetch]: (url, options) =>
          server.fetch(new Request(url, { method: options.method, headers: options.headers })),
      },
    )
    expect(config.serverMetadata().issuer).toBe(ISSUER)
    expect(config.serverMetadata().token_endpoint).toBe(`${ISSUER}/token`)
  })
})

describe('openid-client: an issuer with a path (RFC 8414 §3)', () => {
  const issuer = `${ISSUER}/tenants/blue`

  it.each(['oidc', 'oauth2'] as const)(
    'discovers it with the %s algorithm and signs Alice in',
    async (algorithm) => {
      const server = createInteropServer({ issuer })
      const config = await client.discovery(
        new URL(issuer),
        PHOTO_SPA_CLIENT.clientId,
        undefined,
        client.None(),
        { algorithm, [client.customFetch]: handlerFetch(server) },
      )
      expect(config.serverMetadata().issuer).toBe(issuer)
      expect(config.serverMetadata().token_endpoint).toBe(`${issuer}/token`)
      const verifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        scope: 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      })
      const page = await signInAndConsent(issuerBrowser(server), url)
      const tokens = await client.authorizationCodeGrant(config, page.redirectedTo!, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      })
      expect(tokens.claims()).toMatchObject({ iss: issuer, sub: 'alice' })
      expect((await verifyAccessToken(server, config, tokens.access_token)).payload.iss).toBe(
        issuer,
      )
    },
  )
})

describe('openid-client: authorization code with PKCE and an ID token', () => {
  it('a public client (photo-spa) signs Alice in; the ID token validates and the access token verifies', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const nonce = client.randomNonce()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      scope: 'openid profile email photos.read',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    expect(url.origin + url.pathname).toBe(`${ISSUER}/authorize`)

    const page = await signInAndConsent(issuerBrowser(server), url)
    expect(page.redirectedTo?.origin).toBe('https://spa.printshop.example')
    expect(page.redirectedTo?.searchParams.get('iss')).toBe(ISSUER)

    const tokens = await client.authorizationCodeGrant(config, page.redirectedTo!, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    })
    expect(tokens.token_type).toBe('bearer')
    expect(tokens.expires_in).toBe(3600)
    expect(tokens.scope).toBe('openid profile email photos.read')
    expect(tokens.refresh_token).toMatch(/^[\w-]{43}$/)
    const claims = tokens.claims()!
    expect(claims).toMatchObject({
      iss: ISSUER,
      sub: 'alice',
      aud: PHOTO_SPA_CLIENT.clientId,
      nonce,
    })
    expect(typeof claims.auth_time).toBe('number')
    expect(claims.at_hash).toMatch(/^[\w-]{22}$/)

    const { payload, protectedHeader } = await verifyAccessToken(
      server,
      config,
      tokens.access_token,
    )
    expect(protectedHeader.typ).toBe('at+jwt')
    expect(payload).toMatchObject({
      iss: ISSUER,
      sub: 'alice',
      client_id: PHOTO_SPA_CLIENT.clientId,
      scope: 'openid profile email photos.read',
      aud: 'https://api.photos.example',
    })
    expect(payload.jti).toEqual(expect.any(String))
  })

  it.each([
    ['client_secret_basic', 'basic'],
    ['client_secret_post', 'post'],
  ] as const)(
    'a confidential client (printshop) authenticates with %s; max_age puts auth_time in the ID token, signed with the alg it registered',
    async (_name, kind) => {
      // The server's default is RS256 here; printshop registered ES256, and registration wins
      // (OIDC Core §3.1.3.7 item 7).
      const server = createInteropServer({ idTokenSigningAlg: 'RS256' })
      const config = await discover(
        server,
        PRINTSHOP_CLIENT.clientId,
        { kind, secret: PRINTSHOP_CLIENT.clientSecret },
        { id_token_signed_response_alg: 'ES256' },
      )
      const verifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: PRINTSHOP_CLIENT.redirectUri,
        scope: 'openid email',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        max_age: '300',
      })
      const page = await signInAndConsent(issuerBrowser(server), url)
      const tokens = await client.authorizationCodeGrant(config, page.redirectedTo!, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        maxAge: 300,
      })
      expect(tokens.claims()).toMatchObject({ sub: 'alice', aud: PRINTSHOP_CLIENT.clientId, nonce })
      expect(tokens.claims()!.auth_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
      expect((await verifyAccessToken(server, config, tokens.access_token)).payload.client_id).toBe(
        PRINTSHOP_CLIENT.clientId,
      )
    },
  )

  it('a confidential client may use nonce instead of PKCE (RFC 9700 §2.1.1); a tampered nonce is caught by openid-client', async () => {
    const server = createInteropServer()
    const config = await discover(server, PRINTSHOP_CLIENT.clientId, {
      kind: 'basic',
      secret: PRINTSHOP_CLIENT.clientSecret,
    })
    const state = client.randomState()
    const nonce = client.randomNonce()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PRINTSHOP_CLIENT.redirectUri,
      scope: 'openid',
      state,
      nonce,
    })
    const page = await signInAndConsent(issuerBrowser(server), url)
    const wrongNonce = await client
      .authorizationCodeGrant(config, page.redirectedTo!, {
        expectedState: state,
        expectedNonce: client.randomNonce(),
      })
      .catch((caught: unknown) => caught)
    expect(wrongNonce).toBeInstanceOf(client.ClientError)
    expect((wrongNonce as client.ClientError).code).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED')
    expect(((wrongNonce as client.ClientError).cause as Error).message).toBe(
      'unexpected ID Token "nonce" claim value',
    )
    const again = await signInAndConsent(
      issuerBrowser(server),
      client.buildAuthorizationUrl(config, {
        redirect_uri: PRINTSHOP_CLIENT.redirectUri,
        scope: 'openid',
        state,
        nonce,
      }),
    )
    const tokens = await client.authorizationCodeGrant(config, again.redirectedTo!, {
      expectedState: state,
      expectedNonce: nonce,
    })
    expect(tokens.claims()!.nonce).toBe(nonce)
  })

  it('prompt=none in the same browser returns a code at once; the new ID token keeps auth_time', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const browser = issuerBrowser(server)
    const request = async (extra: Record<string, string>) => {
      const verifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        scope: 'openid photos.read',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...extra,
      })
      return {
        url,
        checks: { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce },
      }
    }
    const first = await request({})
    const signedIn = await client.authorizationCodeGrant(
      config,
      (await signInAndConsent(browser, first.url)).redirectedTo!,
      first.checks,
    )
    const silent = await request({ prompt: 'none' })
    const page = await browser.open(silent.url.toString())
    expect(page.history).toHaveLength(1)
    const again = await client.authorizationCodeGrant(config, page.redirectedTo!, silent.checks)
    expect(again.claims()).toMatchObject({
      sub: 'alice',
      auth_time: signedIn.claims()!.auth_time,
      nonce: silent.checks.expectedNonce,
    })
  })

  it('prompt=none in a fresh browser comes back as login_required', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      prompt: 'none',
    })
    const page = await issuerBrowser(server).open(url.toString())
    const error = await client
      .authorizationCodeGrant(config, page.redirectedTo!, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.AuthorizationResponseError)
    expect((error as client.AuthorizationResponseError).error).toBe('login_required')
  })

  it('openid-client surfaces access_denied from the callback when Alice presses Deny', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      scope: 'photos.read',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    })
    const page = await signInAndConsent(issuerBrowser(server), url, { decision: 'deny' })
    const error = await client
      .authorizationCodeGrant(config, page.redirectedTo!, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.AuthorizationResponseError)
    expect((error as client.AuthorizationResponseError).error).toBe('access_denied')
  })

  it('a wrong code_verifier is refused by the server with invalid_grant', async () => {
    const server = createInteropServer()
    const config = await discover(server, PHOTO_SPA_CLIENT.clientId)
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      scope: 'photos.read',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    })
    const page = await signInAndConsent(issuerBrowser(server), url, {
      username: DEMO_USER.username,
    })
    const error = await client
      .authorizationCodeGrant(config, page.redirectedTo!, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: state,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('invalid_grant')
    expect((error as client.ResponseBodyError).status).toBe(400)
  })
})
