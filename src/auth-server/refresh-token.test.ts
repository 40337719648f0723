import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { createTestServer, obtainCode, postForm, redeemCode } from './testing/test-kit.ts'

const PRINTSHOP: [string, string] = [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret]

async function start(options: Parameters<typeof createTestServer>[0] = {}) {
  const server = createTestServer(options)
  const run = await obtainCode(server, 'photo-spa', {
    scope: 'openid email photos.read photos.write',
  })
  const tokens = await (await redeemCode(server, run)).json()
  const refresh = (token: string, extra: Record<string, string> = {}) =>
    postForm(server, {
      grant_type: 'refresh_token',
      refresh_token: token,
      client_id: 'photo-spa',
      ...extra,
    })
  const introspect = async (token: string) =>
    (await postForm(server, { token }, { path: '/introspect', basic: PRINTSHOP })).json()
  return { server, tokens, refresh, introspect }
}

describe('refresh_token grant', () => {
  it('a rotated refresh token never outlives the first one: the grant ends 14 days after sign-in', async () => {
    const { server, tokens, refresh, introspect } = await start()
    const first = await introspect(tokens.refresh_token)
    const fourteenDays = 14 * 24 * 3600
    expect(first.exp - first.iat).toBe(fourteenDays)
    let current = tokens.refresh_token as string
    for (const days of [6, 7]) {
      server.clock.advance(days * 24 * 3600)
      const rotated = await (await refresh(current)).json()
      expect((await introspect(rotated.refresh_token)).exp).toBe(first.exp)
      current = rotated.refresh_token
    }
    server.clock.advance(24 * 3600 - 1)
    const lastSecond = await (await refresh(current)).json()
    expect((await introspect(lastSecond.refresh_token)).exp).toBe(first.exp)
    server.clock.advance(1)
    const ended = await refresh(lastSecond.refresh_token)
    expect(ended.status).toBe(400)
    expect((await ended.json()).error_description).toMatch(/has expired/)
  })

  it('gives a public client a refresh token, and rotates it on every use', async () => {
    const { tokens, refresh } = await start()
    expect(tokens.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const response = await refresh(tokens.refresh_token)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const next = await response.json()
    expect(next.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(next.refresh_token).not.toBe(tokens.refresh_token)
    expect(next.access_token).not.toBe(tokens.access_token)
    expect(next.scope).toBe('openid email photos.read photos.write')
    expect(decodeJwt(next.id_token).nonce).toBeUndefined()
    expect((await refresh(next.refresh_token)).status).toBe(200)
  })

  it('a reused refresh token revokes the whole family, access tokens included', async () => {
    const { tokens, refresh, introspect } = await start()
    const second = await (await refresh(tokens.refresh_token)).json()
    expect((await introspect(second.access_token)).active).toBe(true)
    const replay = await refresh(tokens.refresh_token)
    expect(replay.status).toBe(400)
    expect(await replay.json()).toEqual({
      error: 'invalid_grant',
      error_description:
        'This refresh token was already used. Reuse of a rotated refresh token signals theft, so the server has revoked this grant (RFC 9700 section 4.14.2): no refresh token of it works any more and introspection reports its access tokens inactive, though an API that checks JWTs itself accepts them until they expire.',
    })
    expect(await introspect(second.access_token)).toEqual({ active: false })
    expect(await introspect(tokens.access_token)).toEqual({ active: false })
    expect(await introspect(second.refresh_token)).toEqual({ active: false })
    const afterTheft = await refresh(second.refresh_token)
    expect((await afterTheft.json()).error_description).toMatch(
      /revoked \(a rotated refresh token was presented again\)/,
    )
  })

  it('narrows the scope on request, never widens it', async () => {
    const { tokens, refresh } = await start()
    const narrowed = await (await refresh(tokens.refresh_token, { scope: 'photos.read' })).json()
    expect(narrowed.scope).toBe('photos.read')
    expect(decodeJwt(narrowed.access_token).scope).toBe('photos.read')
    expect(narrowed.id_token).toBeUndefined()
    const back = await (await refresh(narrowed.refresh_token)).json()
    expect(back.scope).toBe('openid email photos.read photos.write')
    const wider = await refresh(back.refresh_token, { scope: 'photos.read profile' })
    expect(wider.status).toBe(400)
    expect((await wider.json()).error).toBe('invalid_scope')
  })

  it('without rotation, the same refresh token keeps working and no new one is issued', async () => {
    const { tokens, refresh } = await start({ defences: { refreshTokenRotation: false } })
    const first = await (await refresh(tokens.refresh_token)).json()
    expect(first.refresh_token).toBeUndefined()
    expect((await refresh(tokens.refresh_token)).status).toBe(200)
  })

  it('refuses a refresh token of another client, an unknown one, and an expired one', async () => {
    const { server, tokens, refresh } = await start()
    const stolen = await postForm(
      server,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      { basic: PRINTSHOP },
    )
    expect((await stolen.json()).error_description).toMatch(/issued to another client/)
    expect((await (await refresh('nope')).json()).error).toBe('invalid_grant')
    expect((await (await refresh('')).json()).error).toBe('invalid_request')
    server.clock.advance(14 * 24 * 3600)
    expect((await (await refresh(tokens.refresh_token)).json()).error_description).toMatch(
      /expired/,
    )
  })
})
