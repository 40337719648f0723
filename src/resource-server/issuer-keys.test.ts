import { describe, expect, it } from 'vitest'
import { createResourceServer } from './index.ts'
import { metadataUrl } from './issuer-keys.ts'
import { createTestApi } from './testing/test-api.ts'
import { TEST_NOW_MS, createTestIssuer } from './testing/test-issuer.ts'

const METADATA = 'GET https://auth.photos.example/.well-known/oauth-authorization-server'
const JWKS = 'GET https://auth.photos.example/jwks'

async function setup() {
  const { issuer, clock, api } = await createTestApi()
  const call = async (token: string) => {
    const response = await api.fetch(
      new Request('https://api.photos.example/photos', {
        headers: { Authorization: `Bearer ${token}` },
      }),
    )
    return {
      status: response.status,
      body: (await response.json()) as { error_description?: string },
    }
  }
  return { issuer, clock, call }
}

describe('metadataUrl (RFC 8414 §3.1)', () => {
  it('appends the well-known path to an issuer without a path', () => {
    expect(metadataUrl('https://auth.photos.example')).toBe(
      'https://auth.photos.example/.well-known/oauth-authorization-server',
    )
  })
  it('inserts the well-known segment before an issuer path', () => {
    expect(metadataUrl('https://example.com/issuer1')).toBe(
      'https://example.com/.well-known/oauth-authorization-server/issuer1',
    )
  })
})

describe("the issuer's keys", () => {
  it('are discovered through metadata, fetched once, then cached', async () => {
    const { issuer, call } = await setup()
    expect(issuer.requests).toEqual([])
    expect((await call(await issuer.mint())).status).toBe(200)
    expect((await call(await issuer.mint())).status).toBe(200)
    expect(issuer.requests).toEqual([METADATA, JWKS])
  })

  it('are re-fetched once when a token names an unknown kid, so rotation just works (OIDC Core §10.1.1)', async () => {
    const { issuer, call, clock } = await setup()
    await call(await issuer.mint())
    clock.ms += 60_000
    await issuer.rotate('test-key-2')
    const rotated = await issuer.mint({
      claims: { iat: Math.floor(clock.ms / 1000), exp: Math.floor(clock.ms / 1000) + 300 },
    })
    expect((await call(rotated)).status).toBe(200)
    expect(issuer.requests).toEqual([METADATA, JWKS, JWKS])
  })

  it('reject a kid that is still unknown after the re-fetch', async () => {
    const { issuer, call, clock } = await setup()
    await call(await issuer.mint())
    clock.ms += 60_000
    const result = await call(await issuer.mint({ header: { kid: 'made-up' } }))
    expect(result.status).toBe(401)
    expect(result.body.error_description).toBe(
      'No key with kid made-up is in https://auth.photos.example/jwks, even after fetching it again: https://auth.photos.example did not sign this token (OIDC Core §10.1.1).',
    )
    expect(issuer.requests).toEqual([METADATA, JWKS, JWKS])
  })

  it('are not re-fetched again within the cooldown, however many forged kids arrive, and the refusal says so', async () => {
    const { issuer, call, clock } = await setup()
    await call(await issuer.mint())
    clock.ms += 12_000
    for (const kid of ['forged-1', 'forged-2', 'forged-3']) {
      const refused = await call(await issuer.mint({ header: { kid } }))
      expect(refused.status).toBe(401)
      expect(refused.body.error_description).toBe(
        `No key with kid ${kid} is in https://auth.photos.example/jwks as the API fetched it 12 seconds ago. An unknown kid makes the API fetch the keys again at most once every 30 seconds (so forged kids cannot flood the issuer), so a key the issuer added since is not seen yet; otherwise https://auth.photos.example did not sign this token (OIDC Core §10.1.1).`,
      )
    }
    expect(issuer.requests).toEqual([METADATA, JWKS])
  })

  it('a kid unknown to the key set fetched for this very token is refused as such', async () => {
    const { issuer, call } = await setup()
    const refused = await call(await issuer.mint({ header: { kid: 'made-up' } }))
    expect(refused.body.error_description).toBe(
      'No key with kid made-up is in https://auth.photos.example/jwks, fetched just now: https://auth.photos.example did not sign this token (OIDC Core §10.1.1).',
    )
    expect(issuer.requests).toEqual([METADATA, JWKS])
  })

  it('are refused when the metadata names another issuer (RFC 8414 §3.3)', async () => {
    const { issuer } = await setup()
    const api = createResourceServer({
      now: () => TEST_NOW_MS,
      fetch: async (request) =>
        request.url.endsWith('oauth-authorization-server')
          ? Response.json({ issuer: 'https://evil.example', jwks_uri: 'https://evil.example/jwks' })
          : issuer.fetch(request),
    })
    const response = await api.fetch(
      new Request('https://api.photos.example/photos', {
        headers: { Authorization: `Bearer ${await issuer.mint()}` },
      }),
    )
    expect(response.status).toBe(503)
    expect(((await response.json()) as { error_description: string }).error_description).toContain(
      'names the issuer https://evil.example, not https://auth.photos.example',
    )
  })

  it('can be pinned to a jwks_uri, skipping discovery', async () => {
    const issuer = await createTestIssuer()
    const api = createResourceServer({
      fetch: issuer.fetch,
      now: () => TEST_NOW_MS,
      jwksUri: 'https://auth.photos.example/jwks',
    })
    const response = await api.fetch(
      new Request('https://api.photos.example/photos', {
        headers: { Authorization: `Bearer ${await issuer.mint()}` },
      }),
    )
    expect(response.status).toBe(200)
    expect(issuer.requests).toEqual([JWKS])
  })

  it('are retried on the next request after a failed fetch', async () => {
    const issuer = await createTestIssuer()
    let down = true
    const api = createResourceServer({
      now: () => TEST_NOW_MS,
      fetch: async (request) =>
        down
          ? new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' })
          : issuer.fetch(request),
    })
    const request = async () =>
      api.fetch(
        new Request('https://api.photos.example/photos', {
          headers: { Authorization: `Bearer ${await issuer.mint()}` },
        }),
      )
    const first = await request()
    expect(first.status).toBe(503)
    expect(((await first.json()) as { error_description: string }).error_description).toBe(
      "The photo API asked https://auth.photos.example/.well-known/oauth-authorization-server for the issuer's authorization server metadata and got 502 Bad Gateway.",
    )
    down = false
    expect((await request()).status).toBe(200)
  })
})
