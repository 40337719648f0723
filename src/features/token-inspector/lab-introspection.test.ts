import { describe, expect, it } from 'vitest'
import { createLab } from '../../wire/lab'
import { introspectionMeaning } from '../../protocol/jwt/introspect'
import { introspectionCallerFor, introspectWithLab } from './lab-introspection'
import { mintLabIdToken } from './lab-sign-in'
import { mintLabAccessToken } from './lab-tokens'

const START = Date.parse('2026-11-28T16:30:00Z')

describe('introspecting at the lab (RFC 7662)', () => {
  it('asks as the flow’s own confidential client, else as the photo API’s client, and says why', () => {
    expect(introspectionCallerFor({ clientId: 'printshop' }).caller).toEqual({
      clientId: 'printshop',
      clientSecret: 'printshop-secret',
      redirectUri: 'https://printshop.example/callback',
    })
    const forSpa = introspectionCallerFor({ kind: 'refresh_token', clientId: 'photo-spa' })
    expect(forSpa.caller).toEqual({ clientId: 'photo-api', clientSecret: 'photo-api-secret' })
    expect(forSpa.why).toMatch(
      /^This token's client, photo-spa, is a public client: it has no secret, .* so photo-spa itself would get 401 invalid_client\. Introspection is meant for resource servers/,
    )
    expect(introspectionCallerFor({}).why).toMatch(/^Introspection is meant for resource servers/)
  })

  it('a token the lab issued is active, with its metadata; an unknown one is just not active', async () => {
    const lab = createLab({ now: () => START })
    const { token } = await mintLabAccessToken(lab)
    const active = await introspectWithLab(lab, token, introspectionCallerFor({}).caller)
    expect(active.request).toMatchObject({
      method: 'POST',
      url: 'https://auth.photos.example/introspect',
      authorization: 'Basic cGhvdG8tYXBpOnBob3RvLWFwaS1zZWNyZXQ=',
    })
    expect(active.status).toBe(200)
    expect(active.body).toMatchObject({
      active: true,
      client_id: 'backup-job',
      scope: 'photos.read',
      token_type: 'Bearer',
    })
    expect(active.meaning).toBe(
      `Active: the authorization server's records say this is a Bearer access token, issued to the client backup-job, for backup-job, with scope "photos.read", until 2026-11-28 17:30:00 UTC. That is everything an opaque token means: the value itself carries none of it.`,
    )
    const unknown = await introspectWithLab(
      lab,
      'tGzv3JOkF0XG5Qx2TlKWIA',
      introspectionCallerFor({}).caller,
    )
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual({ active: false })
    expect(unknown.meaning).toMatch(/^Not active\. The server knows no live token by this value/)
    expect(
      lab.wire.exchanges().filter((e) => e.label === 'Inspector: token introspection'),
    ).toHaveLength(2)
  })

  it('a caller with a wrong secret is refused with 401 (RFC 7662 §2.3)', async () => {
    const lab = createLab({ now: () => START })
    const refused = await introspectWithLab(lab, 'x', {
      clientId: 'backup-job',
      clientSecret: 'oops',
    })
    expect(refused.status).toBe(401)
    expect(refused.meaning).toBe(
      'The authorization server refused the caller (401, invalid_client): introspection is only for callers it can authenticate (RFC 7662 §2.3).',
    )
    expect(
      introspectionMeaning(200, {
        active: true,
        client_id: 'photo-spa',
        username: 'alice',
        scope: 'openid photos.read',
      }),
    ).toBe(
      `Active: the authorization server's records say this is a token, issued to the client photo-spa, for the user alice, with scope "openid photos.read". That is everything an opaque token means: the value itself carries none of it.`,
    )
  })

  it('a refresh token: the answer has no token_type (RFC 7662 §2.2), the inspector knows the kind from the flow', async () => {
    const lab = createLab({ now: () => START })
    await mintLabIdToken(lab)
    const tokenExchange = lab.wire
      .exchanges()
      .find((e) => e.label === 'Inspector: token request (OpenID Connect sign-in)')
    const refreshToken = (
      JSON.parse(tokenExchange?.response.body ?? '{}') as Record<string, string>
    ).refresh_token
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const context = { kind: 'refresh_token', clientId: 'photo-spa' } as const
    const result = await introspectWithLab(
      lab,
      refreshToken!,
      introspectionCallerFor(context).caller,
      context.kind,
    )
    expect(result.body).toMatchObject({ active: true, client_id: 'photo-spa', username: 'alice' })
    expect(result.body).not.toHaveProperty('token_type')
    expect(result.meaning).toBe(
      `Active: the authorization server's records say this is a refresh token, issued to the client photo-spa, for the user alice, with scope "openid profile photos.read", until 2026-12-12 16:30:00 UTC. That is everything an opaque token means: the value itself carries none of it.`,
    )
  })
})
