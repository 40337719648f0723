import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { FRAME_TV_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { SnapshotError } from '../protocol/snapshot-data.ts'
import {
  restoreAuthorizationServer,
  type AuthorizationServer,
  type AuthorizationServerSnapshot,
} from './index.ts'
import { createBrowserClient } from './testing/browser-client.ts'
import { runAuthorization } from './testing/run-authorization.ts'
import { runDeviceVerification } from './testing/run-device-verification.ts'
import {
  authorizationParams,
  createTestServer,
  FIXED_NOW,
  obtainCode,
  postForm,
  redeemCode,
} from './testing/test-kit.ts'

/** What a page reload does to a saved server: JSON out of session storage, and back. */
const throughStorage = (server: AuthorizationServer): unknown =>
  JSON.parse(JSON.stringify(server.snapshot()))

const restore = (saved: unknown) => restoreAuthorizationServer(saved, { now: () => FIXED_NOW })

const PRINTSHOP: [string, string] = [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret]

describe('an authorization server restored from its snapshot', () => {
  it('saves the same snapshot again: keys, every record, the clock offset and the set-up', async () => {
    const server = createTestServer()
    server.configure({ profile: 'rfc6749', defences: { requirePkce: false } })
    const run = await obtainCode(server, 'printshop')
    await (await redeemCode(server, await obtainCode(server, 'photo-spa'))).json()
    await postForm(
      server,
      { ...{ client_id: FRAME_TV_CLIENT.clientId } },
      { path: '/device_authorization' },
    )
    await runAuthorization(server, run.params, { password: 'wrong' })
    server.clock.advance(90)
    const saved = throughStorage(server)
    const restored = await restore(saved)
    expect(restored.snapshot()).toEqual(saved)
    expect(restored.storeCounts()).toEqual(server.storeCounts())
    expect(restored.storeCounts()).toMatchObject({ codes: 2, families: 1, passwordFailures: 1 })
    expect(restored.clock.now()).toBe(FIXED_NOW + 90_000)
    expect(restored.profile).toBe('rfc6749')
    expect(restored.defences.requirePkce).toBe(false)
    // configure() still returns to the server as it was created, not as it was saved.
    restored.configure({})
    expect([restored.profile, restored.defences.requirePkce]).toEqual(['oauth2.1', true])
  })

  it('redeems a code issued before, and signs with the same keys: its tokens verify against the old JWKS', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'photo-spa')
    const oldKeys = await server.jwks()
    const restored = await restore(throughStorage(server))
    expect(await restored.jwks()).toEqual(oldKeys)
    const response = await redeemCode(restored, run)
    expect(response.status).toBe(200)
    const tokens = await response.json()
    const { payload } = await jwtVerify(tokens.access_token, createLocalJWKSet(oldKeys), {
      issuer: server.issuer,
      currentDate: new Date(FIXED_NOW),
    })
    expect(payload.client_id).toBe('photo-spa')
    // The code is spent in the restored server; the original still has it unused.
    expect((await redeemCode(restored, run)).status).toBe(400)
  })

  it('keeps the session and consent: the same browser signs in again without a login page', async () => {
    let target: AuthorizationServer = createTestServer()
    const browser = createBrowserClient(
      (request) => target.fetch(request),
      (url) => url.origin === new URL(target.issuer).origin,
    )
    const first = await runAuthorization(target, (await authorizationParams('photo-spa')).params, {
      browser,
    })
    expect(first.callback?.get('code')).toBeTruthy()
    target = await restore(throughStorage(target))
    const { params } = await authorizationParams('photo-spa', { prompt: 'none' })
    const again = await runAuthorization(target, params, { browser })
    expect(again.callback?.get('code')).toMatch(/.+/)
    expect(again.callback?.get('error')).toBeNull()
  })

  it('remembers rotated refresh tokens: replaying one after the restore revokes the grant', async () => {
    const server = createTestServer()
    const tokens = await (await redeemCode(server, await obtainCode(server, 'printshop'))).json()
    const refresh = (target: AuthorizationServer, token: string) =>
      postForm(target, { grant_type: 'refresh_token', refresh_token: token }, { basic: PRINTSHOP })
    const rotated = await (await refresh(server, tokens.refresh_token)).json()
    const restored = await restore(throughStorage(server))
    expect((await refresh(restored, tokens.refresh_token)).status).toBe(400)
    const afterReplay = await refresh(restored, rotated.refresh_token)
    expect((await afterReplay.json()).error).toBe('invalid_grant')
    const introspection = await (
      await postForm(
        restored,
        { token: rotated.access_token },
        { path: '/introspect', basic: PRINTSHOP },
      )
    ).json()
    expect(introspection.active).toBe(false)
  })

  it('keeps a device request by user code, and gives the device its tokens once approved', async () => {
    const server = createTestServer()
    const device = await (
      await postForm(
        server,
        { client_id: FRAME_TV_CLIENT.clientId, scope: 'openid photos.read' },
        { path: '/device_authorization' },
      )
    ).json()
    const restored = await restore(throughStorage(server))
    const verification = await runDeviceVerification(restored, device.user_code)
    expect(verification.page.status).toBe(200)
    restored.clock.advance(device.interval)
    const response = await postForm(restored, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: device.device_code,
      client_id: FRAME_TV_CLIENT.clientId,
    })
    expect(response.status).toBe(200)
    expect(decodeJwt((await response.json()).access_token).client_id).toBe(FRAME_TV_CLIENT.clientId)
  })

  it('refuses a snapshot of another format, another issuer, a changed key or a damaged record', async () => {
    const server = createTestServer()
    await obtainCode(server, 'photo-spa')
    await server.jwks()
    const saved = throughStorage(server) as AuthorizationServerSnapshot
    /** The snapshot with the value at `path` replaced (or removed, for undefined), restored. */
    const broken = (path: readonly (string | number)[], value: unknown) => {
      const copy = structuredClone(saved)
      let at = copy as unknown as Record<string | number, unknown>
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
      const last = path.at(-1) ?? ''
      if (value === undefined) delete at[last]
      else at[last] = value
      return restore(copy)
    }
    await expect(broken(['format'], 0)).rejects.toThrow(/format 0.*reads format 1/)
    await expect(
      restoreAuthorizationServer(saved, { issuer: 'https://other.example' }),
    ).rejects.toThrow(SnapshotError)
    await expect(broken(['keys', 0, 'x'], saved.keys[1]?.n?.slice(0, 43))).rejects.toThrow()
    await expect(broken(['keys', 0, 'kid'], 'changed')).rejects.toThrow(/kid/)
    await expect(broken(['store', 'codes', 0, 'code'], 7)).rejects.toThrow(SnapshotError)
    await expect(broken(['store', 'tokens'], undefined)).rejects.toThrow(/token records/)
    await expect(broken(['store', 'sessions', 0, 'consents'], {})).rejects.toThrow(
      /consents should be a list/,
    )
  })

  it('forgets every record when a run is discarded, and keeps its keys', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'photo-spa')
    const keys = await server.jwks()
    server.forgetRecords()
    expect(Object.values(server.storeCounts()).every((count) => count === 0)).toBe(true)
    expect((await redeemCode(server, run)).status).toBe(400)
    expect(await server.jwks()).toEqual(keys)
  })
})
