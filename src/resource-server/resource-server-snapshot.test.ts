import { describe, expect, it } from 'vitest'
import { PHOTO_API_CLIENT } from '../protocol/demo-world.ts'
import { SnapshotError } from '../protocol/snapshot-data.ts'
import { restoreResourceServer, type ResourceServer } from './index.ts'
import { createTestApi } from './testing/test-api.ts'
import { TEST_NOW_MS } from './testing/test-issuer.ts'

const PHOTOS = 'https://api.photos.example/photos'
const introspection = {
  clientId: PHOTO_API_CLIENT.clientId,
  clientSecret: PHOTO_API_CLIENT.clientSecret,
}

const call = async (api: ResourceServer, token: string) =>
  (await api.fetch(new Request(PHOTOS, { headers: { Authorization: `Bearer ${token}` } }))).status

const throughStorage = (api: ResourceServer): unknown => JSON.parse(JSON.stringify(api.snapshot()))

describe('the photo API restored from its snapshot', () => {
  it('checks tokens with the key set it had fetched, without asking the issuer again', async () => {
    const { api, issuer } = await createTestApi()
    expect(await call(api, await issuer.mint())).toBe(200)
    const asked = issuer.requests.length
    const restored = restoreResourceServer(throughStorage(api), {
      fetch: issuer.fetch,
      now: () => TEST_NOW_MS,
    })
    expect(restored.snapshot()).toEqual(api.snapshot())
    expect(await call(restored, await issuer.mint())).toBe(200)
    expect(issuer.requests).toHaveLength(asked)
  })

  it('keeps introspection on, with the endpoint it had discovered', async () => {
    const { api, issuer } = await createTestApi({ introspection })
    api.setTokenCheck('introspection')
    const token = await issuer.mint()
    expect(await call(api, token)).toBe(200)
    const restored = restoreResourceServer(throughStorage(api), {
      fetch: issuer.fetch,
      now: () => TEST_NOW_MS,
      introspection,
    })
    expect(restored.tokenCheck).toBe('introspection')
    issuer.revoke(token)
    const asked = issuer.requests.length
    expect(await call(restored, token)).toBe(401)
    expect(issuer.requests.slice(asked)).toEqual(['POST https://auth.photos.example/introspect'])
  })

  it('refuses a snapshot of another format or another API', async () => {
    const { api, issuer } = await createTestApi()
    const saved = throughStorage(api) as Record<string, unknown>
    const options = { fetch: issuer.fetch }
    expect(() => restoreResourceServer({ ...saved, format: 2 }, options)).toThrow(SnapshotError)
    expect(() =>
      restoreResourceServer(saved, { ...options, origin: 'https://other.example' }),
    ).toThrow(/not https:\/\/other.example/)
    expect(() =>
      restoreResourceServer({ ...saved, tokenCheck: { mode: 'guess' } }, options),
    ).toThrow(/Unknown saved token check/)
  })
})
