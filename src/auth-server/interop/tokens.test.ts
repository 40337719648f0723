import * as client from 'openid-client'
import { describe, expect, it } from 'vitest'
import { DEMO_USER, ISSUER, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import type { AuthorizationServer } from '../index.ts'
import {
  createInteropServer,
  discover,
  issuerBrowser,
  signInAndConsent,
  verifyAccessToken,
} from './interop-kit.ts'

const PRINTSHOP_AUTH = { kind: 'basic', secret: PRINTSHOP_CLIENT.clientSecret } as const

/** Runs the authorization code flow with openid-client for printshop and returns its tokens. */
async function signIn(server: AuthorizationServer, scope = 'openid profile email photos.read') {
  const config = await discover(server, PRINTSHOP_CLIENT.clientId, PRINTSHOP_AUTH)
  const verifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: PRINTSHOP_CLIENT.redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  const page = await signInAndConsent(issuerBrowser(server), url)
  const tokens = await client.authorizationCodeGrant(config, page.redirectedTo!, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  })
  return { config, tokens }
}

async function rejection(promise: Promise<unknown>): Promise<client.ResponseBodyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(client.ResponseBodyError)
  return error as client.ResponseBodyError
}

describe('openid-client: refresh with rotation', () => {
  it('each refresh returns a new refresh token, access token and ID token', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    const first = await client.refreshTokenGrant(config, tokens.refresh_token!)
    expect(first.refresh_token).toMatch(/^[\w-]{43}$/)
    expect(first.refresh_token).not.toBe(tokens.refresh_token)
    expect(first.access_token).not.toBe(tokens.access_token)
    expect(first.claims()).toMatchObject({
      iss: ISSUER,
      sub: 'alice',
      aud: PRINTSHOP_CLIENT.clientId,
      auth_time: tokens.claims()!.auth_time,
    })
    expect(first.claims()!.nonce).toBeUndefined()
    const second = await client.refreshTokenGrant(config, first.refresh_token!)
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect((await verifyAccessToken(server, config, second.access_token)).payload.sub).toBe('alice')
  })

  it('a refresh may narrow the scope', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    const narrowed = await client.refreshTokenGrant(config, tokens.refresh_token!, {
      scope: 'photos.read',
    })
    expect(narrowed.scope).toBe('photos.read')
    expect(narrowed.id_token).toBeUndefined()
    expect((await verifyAccessToken(server, config, narrowed.access_token)).payload.scope).toBe(
      'photos.read',
    )
  })

  it('replaying a rotated refresh token is invalid_grant and revokes the whole family', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    const rotated = await client.refreshTokenGrant(config, tokens.refresh_token!)
    const replay = await rejection(client.refreshTokenGrant(config, tokens.refresh_token!))
    expect(replay.error).toBe('invalid_grant')
    expect(replay.status).toBe(400)
    const after = await rejection(client.refreshTokenGrant(config, rotated.refresh_token!))
    expect(after.error).toBe('invalid_grant')
    expect((await client.tokenIntrospection(config, rotated.access_token)).active).toBe(false)
  })
})

describe('openid-client: introspection (RFC 7662)', () => {
  it('an active access token shows its metadata; a refresh token too', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server, 'openid photos.read')
    const access = await client.tokenIntrospection(config, tokens.access_token)
    const { payload } = await verifyAccessToken(server, config, tokens.access_token)
    expect(access).toMatchObject({
      active: true,
      scope: 'openid photos.read',
      client_id: PRINTSHOP_CLIENT.clientId,
      sub: 'alice',
      username: DEMO_USER.username,
      iss: ISSUER,
      token_type: 'Bearer',
      jti: payload.jti,
      exp: payload.exp,
      iat: payload.iat,
    })
    const refresh = await client.tokenIntrospection(config, tokens.refresh_token!, {
      token_type_hint: 'refresh_token',
    })
    expect(refresh).toMatchObject({
      active: true,
      client_id: PRINTSHOP_CLIENT.clientId,
      sub: 'alice',
    })
  })

  it('an unknown token is {active: false} and nothing more', async () => {
    const server = createInteropServer()
    const config = await discover(server, PRINTSHOP_CLIENT.clientId, PRINTSHOP_AUTH)
    const result = await client.tokenIntrospection(config, 'not-a-token')
    expect({ ...result }).toEqual({ active: false })
  })

  it('a wrong secret is 401 invalid_client with a Basic challenge', async () => {
    const server = createInteropServer()
    const config = await discover(server, PRINTSHOP_CLIENT.clientId, {
      kind: 'basic',
      secret: 'wrong',
    })
    const error = await client.tokenIntrospection(config, 'x').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.WWWAuthenticateChallengeError)
    const challenge = error as client.WWWAuthenticateChallengeError
    expect(challenge.status).toBe(401)
    expect(challenge.cause[0]).toMatchObject({
      scheme: 'basic',
      parameters: { realm: 'auth.photos.example' },
    })
    expect(await challenge.response.json()).toMatchObject({ error: 'invalid_client' })
  })
})

describe('openid-client: revocation (RFC 7009)', () => {
  it('revoking the refresh token ends it and the access tokens of its grant', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    await client.tokenRevocation(config, tokens.refresh_token!, {
      token_type_hint: 'refresh_token',
    })
    expect((await client.tokenIntrospection(config, tokens.refresh_token!)).active).toBe(false)
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false)
    expect((await rejection(client.refreshTokenGrant(config, tokens.refresh_token!))).error).toBe(
      'invalid_grant',
    )
  })

  it('revoking an access token ends that token only; an unknown token is still 200', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    await client.tokenRevocation(config, tokens.access_token)
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false)
    expect((await client.tokenIntrospection(config, tokens.refresh_token!)).active).toBe(true)
    await expect(client.tokenRevocation(config, 'never-issued')).resolves.toBeUndefined()
  })

  it('a public client revokes its own tokens with client_id only', async () => {
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
    const page = await signInAndConsent(issuerBrowser(server), url)
    const tokens = await client.authorizationCodeGrant(config, page.redirectedTo!, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    })
    await client.tokenRevocation(config, tokens.refresh_token!)
    expect((await rejection(client.refreshTokenGrant(config, tokens.refresh_token!))).error).toBe(
      'invalid_grant',
    )
  })
})

describe('openid-client: userinfo (OIDC Core §5.3)', () => {
  it('returns the claims of the scopes granted, for the ID token subject', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    const info = await client.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub)
    expect({ ...info }).toEqual({
      sub: 'alice',
      name: 'Alice Liddell',
      given_name: 'Alice',
      family_name: 'Liddell',
      email: DEMO_USER.email,
      email_verified: true,
    })
  })

  it('gives only sub without profile and email scopes', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server, 'openid photos.read')
    expect({ ...(await client.fetchUserInfo(config, tokens.access_token, 'alice')) }).toEqual({
      sub: 'alice',
    })
  })

  it('a revoked access token is refused with a Bearer invalid_token challenge', async () => {
    const server = createInteropServer()
    const { config, tokens } = await signIn(server)
    await client.tokenRevocation(config, tokens.access_token)
    const error = await client
      .fetchUserInfo(config, tokens.access_token, 'alice')
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.WWWAuthenticateChallengeError)
    const challenge = error as client.WWWAuthenticateChallengeError
    expect(challenge.status).toBe(401)
    expect(challenge.cause[0]).toMatchObject({
      scheme: 'bearer',
      parameters: { error: 'invalid_token' },
    })
  })
})
