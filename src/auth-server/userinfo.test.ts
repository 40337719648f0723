import { describe, expect, it } from 'vitest'
import { ISSUER } from '../protocol/demo-world.ts'
import { createTestServer, obtainCode, redeemCode } from './testing/test-kit.ts'

async function withToken(scope: string) {
  const server = createTestServer()
  const tokens = await (
    await redeemCode(server, await obtainCode(server, 'photo-spa', { scope }))
  ).json()
  const userinfo = (init: RequestInit = {}) => server.fetch(new Request(`${ISSUER}/userinfo`, init))
  return { server, token: tokens.access_token as string, userinfo }
}

describe('/userinfo (OIDC Core §5.3)', () => {
  it('returns claims by scope: profile and email', async () => {
    const { token, userinfo } = await withToken('openid profile email')
    const response = await userinfo({ headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      sub: 'alice',
      name: 'Alice Liddell',
      given_name: 'Alice',
      family_name: 'Liddell',
      email: 'alice@photos.example',
      email_verified: true,
    })
  })

  it('returns only sub for scope openid, and accepts the token in a POST body', async () => {
    const { token, userinfo } = await withToken('openid photos.read')
    const response = await userinfo({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `access_token=${token}`,
    })
    expect(await response.json()).toEqual({ sub: 'alice' })
  })

  it('401 with a bare Bearer challenge and no error information when no token is sent (RFC 6750 §3.1)', async () => {
    const { userinfo } = await withToken('openid')
    for (const response of [
      await userinfo(),
      await userinfo({ headers: { authorization: 'Basic YWxpY2U6d29uZGVybGFuZA==' } }),
    ]) {
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="auth.photos.example"')
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.text()).toBe('')
    }
  })

  it('401 invalid_token for a tampered, expired or revoked token', async () => {
    const { server, token, userinfo } = await withToken('openid')
    const tampered = await userinfo({
      headers: { authorization: `Bearer ${token.slice(0, -2)}xx` },
    })
    expect(tampered.status).toBe(401)
    expect(tampered.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="auth.photos.example", error="invalid_token", error_description="The access token is not one this server issued/,
    )
    server.clock.advance(3600)
    const expired = await userinfo({ headers: { authorization: `Bearer ${token}` } })
    expect((await expired.json()).error_description).toMatch(/expired/)
  })

  it('403 insufficient_scope without openid', async () => {
    const { token, userinfo } = await withToken('photos.read')
    const response = await userinfo({ headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(403)
    expect(response.headers.get('www-authenticate')).toMatch(
      /error="insufficient_scope".*scope="openid"$/,
    )
  })

  it('400 invalid_request when the token is sent two ways', async () => {
    const { token, userinfo } = await withToken('openid')
    const response = await userinfo({
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `access_token=${token}`,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toBe('invalid_request')
  })

  it('allows cross-origin calls (CORS) with a preflight', async () => {
    const { token, userinfo } = await withToken('openid')
    const preflight = await userinfo({ method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    const response = await userinfo({ headers: { authorization: `Bearer ${token}` } })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })
})
