import * as client from 'openid-client'
import { describe, expect, it } from 'vitest'
import { ISSUER, LEGACY_APP_CLIENT, SECOND_USER } from '../../protocol/demo-world.ts'
import {
  createInteropServer,
  discover,
  issuerBrowser,
  signInAndConsent,
  verifyAccessToken,
} from './interop-kit.ts'

const LEGACY_AUTH = { kind: 'basic', secret: LEGACY_APP_CLIENT.clientSecret } as const

describe('openid-client against the rfc6749 profile', () => {
  it('discovery lists the implicit response type and the password grant', async () => {
    const server = createInteropServer({ profile: 'rfc6749' })
    const metadata = (
      await discover(server, LEGACY_APP_CLIENT.clientId, LEGACY_AUTH)
    ).serverMetadata()
    expect(metadata.response_types_supported).toEqual(expect.arrayContaining(['code', 'token']))
    expect(metadata.grant_types_supported).toContain('password')
    expect(metadata.code_challenge_methods_supported).toEqual(['S256', 'plain'])
  })

  it('the password grant (RFC 6749 §4.3) gives legacy-app a token for Bob', async () => {
    const server = createInteropServer({ profile: 'rfc6749' })
    const config = await discover(server, LEGACY_APP_CLIENT.clientId, LEGACY_AUTH)
    const tokens = await client.genericGrantRequest(config, 'password', {
      username: SECOND_USER.username,
      password: SECOND_USER.password,
      scope: 'photos.read',
    })
    expect(tokens.scope).toBe('photos.read')
    expect(tokens.refresh_token).toBeUndefined()
    const { payload } = await verifyAccessToken(server, config, tokens.access_token)
    expect(payload).toMatchObject({
      sub: 'bob',
      client_id: LEGACY_APP_CLIENT.clientId,
      scope: 'photos.read',
    })
  })

  it('a wrong password is invalid_grant', async () => {
    const server = createInteropServer({ profile: 'rfc6749' })
    const config = await discover(server, LEGACY_APP_CLIENT.clientId, LEGACY_AUTH)
    const error = await client
      .genericGrantRequest(config, 'password', { username: 'bob', password: 'wrong' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('invalid_grant')
  })

  it('the implicit grant returns the token in the fragment; it verifies with jose (openid-client has no API for response_type=token)', async () => {
    const server = createInteropServer({ profile: 'rfc6749' })
    const config = await discover(server, LEGACY_APP_CLIENT.clientId, LEGACY_AUTH)
    const state = client.randomState()
    const url = client.buildAuthorizationUrl(config, {
      response_type: 'token',
      redirect_uri: LEGACY_APP_CLIENT.redirectUri,
      scope: 'photos.read',
      state,
    })
    expect(url.searchParams.get('response_type')).toBe('token')
    const page = await signInAndConsent(issuerBrowser(server), url, {
      username: SECOND_USER.username,
      password: SECOND_USER.password,
    })
    const callback = page.redirectedTo!
    expect(`${callback.origin}${callback.pathname}`).toBe(LEGACY_APP_CLIENT.redirectUri)
    expect(callback.search).toBe('')
    const fragment = new URLSearchParams(callback.hash.slice(1))
    expect(fragment.get('state')).toBe(state)
    expect(fragment.get('iss')).toBe(ISSUER)
    expect(fragment.get('token_type')).toBe('Bearer')
    expect(fragment.get('refresh_token')).toBeNull()
    expect(
      (await verifyAccessToken(server, config, fragment.get('access_token')!)).payload.sub,
    ).toBe('bob')
  })
})

describe('openid-client against the oauth2.1 profile: the legacy grants are gone', () => {
  it('password is unsupported_grant_type and not in the metadata', async () => {
    const server = createInteropServer()
    const config = await discover(server, LEGACY_APP_CLIENT.clientId, LEGACY_AUTH)
    expect(config.serverMetadata().grant_types_supported).not.toContain('password')
    expect(config.serverMetadata().response_types_supported).toEqual(['code'])
    const error = await client
      .genericGrantRequest(config, 'password', { username: 'bob', password: 'builder' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('unsupported_grant_type')
  })
})
