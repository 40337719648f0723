import { describe, expect, it } from 'vitest'
import { ISSUER, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import {
  createTestServer,
  FIXED_NOW,
  obtainCode,
  postForm,
  redeemCode,
} from './testing/test-kit.ts'

const PRINTSHOP: [string, string] = [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret]
const NOW_S = FIXED_NOW / 1000

async function start() {
  const server = createTestServer()
  const run = await obtainCode(server, 'printshop', { scope: 'openid photos.read' })
  const tokens = await (await redeemCode(server, run)).json()
  const introspect = async (token: string, hint?: string) =>
    (
      await postForm(
        server,
        { token, ...(hint ? { token_type_hint: hint } : {}) },
        { path: '/introspect', basic: PRINTSHOP },
      )
    ).json()
  const revoke = (
    token: string,
    extra: Record<string, string> = {},
    basic: [string, string] | null = PRINTSHOP,
  ) => postForm(server, { token, ...extra }, { path: '/revoke', basic: basic ?? undefined })
  return { server, tokens, introspect, revoke }
}

describe('/introspect (RFC 7662)', () => {
  it('describes an active access token', async () => {
    const { tokens, introspect } = await start()
    const body = await introspect(tokens.access_token)
    expect(body).toEqual({
      active: true,
      scope: 'openid photos.read',
      client_id: 'printshop',
      username: 'alice',
      token_type: 'Bearer',
      exp: NOW_S + 3600,
      iat: NOW_S,
      sub: 'alice',
      aud: 'https://api.photos.example',
      iss: ISSUER,
      jti: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    })
  })

  it('describes an active refresh token, and says active:false for unknown or expired tokens', async () => {
    const { server, tokens, introspect } = await start()
    // token_type names an access token type (RFC 7662 §2.2): none for a refresh token.
    expect(await introspect(tokens.refresh_token, 'refresh_token')).toEqual({
      active: true,
      scope: 'openid photos.read',
      client_id: 'printshop',
      username: 'alice',
      exp: NOW_S + 14 * 24 * 3600,
      iat: NOW_S,
      sub: 'alice',
      iss: ISSUER,
    })
    expect(await introspect('not-a-token')).toEqual({ active: false })
    server.clock.advance(3600)
    expect(await introspect(tokens.access_token)).toEqual({ active: false })
  })

  it('401 for bad client credentials, 401 for a public client, 400 without token', async () => {
    const { server, tokens } = await start()
    const bad = await postForm(
      server,
      { token: tokens.access_token },
      { path: '/introspect', basic: ['printshop', 'nope'] },
    )
    expect(bad.status).toBe(401)
    expect(bad.headers.get('www-authenticate')).toMatch(/^Basic /)
    const publicClient = await postForm(
      server,
      { token: tokens.access_token, client_id: 'photo-spa' },
      { path: '/introspect' },
    )
    expect(publicClient.status).toBe(401)
    expect((await publicClient.json()).error_description).toMatch(/public client/)
    const missing = await postForm(server, {}, { path: '/introspect', basic: PRINTSHOP })
    expect(missing.status).toBe(400)
    expect((await missing.json()).error).toBe('invalid_request')
  })
})

describe('/revoke (RFC 7009)', () => {
  it('revoking a refresh token ends the access tokens issued with it', async () => {
    const { server, tokens, introspect, revoke } = await start()
    const response = await revoke(tokens.refresh_token, { token_type_hint: 'refresh_token' })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('')
    expect(await introspect(tokens.access_token)).toEqual({ active: false })
    const refresh = await postForm(
      server,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      { basic: PRINTSHOP },
    )
    expect((await refresh.json()).error).toBe('invalid_grant')
  })

  it('revoking an access token ends only that token', async () => {
    const { tokens, introspect, revoke } = await start()
    expect((await revoke(tokens.access_token)).status).toBe(200)
    expect(await introspect(tokens.access_token)).toEqual({ active: false })
    expect((await introspect(tokens.refresh_token)).active).toBe(true)
  })

  it('answers 200 for an unknown token, with or without an unknown hint', async () => {
    const { revoke } = await start()
    expect((await revoke('never-issued')).status).toBe(200)
    expect((await revoke('never-issued', { token_type_hint: 'id_token' })).status).toBe(200)
  })

  it('an unknown or wrong token_type_hint is ignored: the server searches every token type (RFC 7009 §2.1)', async () => {
    const { tokens, introspect, revoke } = await start()
    const unknownHint = await revoke(tokens.access_token, { token_type_hint: 'id_token' })
    expect(unknownHint.status).toBe(200)
    expect(await introspect(tokens.access_token)).toEqual({ active: false })
    const wrongHint = await revoke(tokens.refresh_token, { token_type_hint: 'access_token' })
    expect(wrongHint.status).toBe(200)
    expect(await introspect(tokens.refresh_token)).toEqual({ active: false })
  })

  it('refuses bad credentials and tokens of another client', async () => {
    const { tokens, revoke, introspect } = await start()
    expect((await revoke(tokens.access_token, {}, ['printshop', 'nope'])).status).toBe(401)
    const other = await revoke(tokens.access_token, { client_id: 'photo-spa' }, null)
    expect(other.status).toBe(400)
    expect((await other.json()).error_description).toMatch(/issued to another client/)
    expect((await introspect(tokens.access_token)).active).toBe(true)
  })
})
