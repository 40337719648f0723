import { describe, expect, it } from 'vitest'
import { PHOTO_API_CLIENT } from '../protocol/demo-world.ts'
import { createTestApi } from './testing/test-api.ts'

const API = 'https://api.photos.example'
const credentials = {
  clientId: PHOTO_API_CLIENT.clientId,
  clientSecret: PHOTO_API_CLIENT.clientSecret,
}

async function setup(
  options: Parameters<typeof createTestApi>[0] = { introspection: credentials },
) {
  const { issuer, api } = await createTestApi(options)
  const call = async (token: string) => {
    const response = await api.fetch(
      new Request(`${API}/photos`, { headers: { Authorization: `Bearer ${token}` } }),
    )
    const text = await response.text()
    return {
      status: response.status,
      challenge: response.headers.get('www-authenticate'),
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    }
  }
  return { issuer, api, call }
}

describe('how the photo API checks tokens: local JWT or introspection (RFC 7662)', () => {
  it('local-jwt (the default) keeps accepting a revoked JWT until it expires', async () => {
    const { issuer, api, call } = await setup()
    expect(api.tokenCheck).toBe('local-jwt')
    const token = await issuer.mint()
    issuer.revoke(token)
    expect((await call(token)).status).toBe(200)
    expect(issuer.requests.some((line) => line.endsWith('/introspect'))).toBe(false)
  })

  it('introspection asks the issuer on every request with the API credentials, and refuses a revoked token at once', async () => {
    const { issuer, api, call } = await setup()
    api.setTokenCheck('introspection')
    expect(api.tokenCheck).toBe('introspection')
    const token = await issuer.mint()
    const ok = await call(token)
    expect(ok.status).toBe(200)
    expect(ok.body.owner).toBe('alice')
    issuer.revoke(token)
    const revoked = await call(token)
    expect(revoked.status).toBe(401)
    expect(revoked.challenge).toMatch(/^Bearer realm="api\.photos\.example", error="invalid_token"/)
    expect(revoked.body.error_description).toMatch(
      /^https:\/\/auth\.photos\.example says this token is not active: it expired, was revoked/,
    )
    expect(
      issuer.requests.filter((line) => line === 'POST https://auth.photos.example/introspect'),
    ).toHaveLength(2)
    // The endpoint came from the issuer's metadata (RFC 8414 §2), once.
    expect(issuer.requests.filter((line) => line.includes('/.well-known/'))).toHaveLength(1)
    api.setTokenCheck('local-jwt')
    expect((await call(token)).status).toBe(200)
  })

  it('introspection refuses an active token that is not a Bearer access token for this API', async () => {
    const { issuer, call } = await setup({
      introspection: credentials,
      tokenCheck: 'introspection',
    })
    issuer.introspection.set('refresh-like', { active: true, sub: 'alice', scope: 'photos.read' })
    const noAudience = await call('refresh-like')
    expect(noAudience.status).toBe(401)
    expect(noAudience.body.error_description).toMatch(/names no audience for this token/)
    const other = await issuer.mint({ claims: { aud: 'https://other.example' } })
    expect((await call(other)).body.error_description).toMatch(
      /says this token is for https:\/\/other\.example, not https:\/\/api\.photos\.example/,
    )
    issuer.introspection.set('dpop', {
      active: true,
      token_type: 'DPoP',
      aud: API,
      sub: 'alice',
      scope: 'photos.read',
    })
    expect((await call('dpop')).body.error_description).toMatch(/token_type DPoP, not a Bearer/)
    issuer.introspection.set('narrow', { active: true, aud: API, sub: 'alice', scope: 'openid' })
    expect((await call('narrow')).status).toBe(403)
  })

  it('an issuer that refuses the API credentials makes the API answer 503, not blame the token', async () => {
    const { issuer, call } = await setup({
      introspection: { ...credentials, clientSecret: 'wrong' },
      tokenCheck: 'introspection',
    })
    const answer = await call(await issuer.mint())
    expect(answer.status).toBe(503)
    expect(answer.body).toMatchObject({ error: 'temporarily_unavailable' })
    expect(answer.body.error_description).toMatch(
      /asked https:\/\/auth\.photos\.example\/introspect for the issuer's token introspection and got 401/,
    )
  })

  it('introspection needs credentials; a configured endpoint skips discovery', async () => {
    await expect(createTestApi({ tokenCheck: 'introspection' })).rejects.toThrow(
      /needs the API's client credentials/,
    )
    const { issuer, api, call } = await setup({
      introspection: { ...credentials, endpoint: 'https://auth.photos.example/introspect' },
    })
    expect(() => api.setTokenCheck('local-jwt')).not.toThrow()
    api.setTokenCheck('introspection')
    expect((await call(await issuer.mint())).status).toBe(200)
    expect(issuer.requests).toEqual(['POST https://auth.photos.example/introspect'])
  })
})
