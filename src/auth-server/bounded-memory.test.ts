import { describe, expect, it } from 'vitest'
import {
  BACKUP_JOB_CLIENT,
  FRAME_TV_CLIENT,
  ISSUER,
  LEGACY_APP_CLIENT,
} from '../protocol/demo-world.ts'
import { EXPIRED_RECORD_RETENTION, SWEEP_INTERVAL } from './store/server-store.ts'
import {
  authorizationParams,
  createTestServer,
  obtainCode,
  postForm,
  redeemCode,
} from './testing/test-kit.ts'
import type { AuthorizationServer } from './index.ts'

const BACKUP: [string, string] = [BACKUP_JOB_CLIENT.clientId, BACKUP_JOB_CLIENT.clientSecret]
const clientCredentials = (server: AuthorizationServer) =>
  postForm(server, { grant_type: 'client_credentials' }, { basic: BACKUP })
/** Any request makes the server sweep when a sweep is due. */
const poke = (server: AuthorizationServer) =>
  server.fetch(new Request(`${ISSUER}/.well-known/openid-configuration`))

describe('the server forgets what has expired, on its own clock', () => {
  it('token records stay flat under sustained issuance once the tokens have expired', async () => {
    const server = createTestServer()
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 50; i++) expect((await clientCredentials(server)).status).toBe(200)
      expect(server.storeCounts()).toMatchObject({ accessTokens: 50, families: 50 })
      // An hour of lifetime, an hour of "expired" answers, then the next sweep forgets them.
      server.clock.advance(3600 + EXPIRED_RECORD_RETENTION)
      await poke(server)
      expect(server.storeCounts()).toMatchObject({ accessTokens: 0, families: 0 })
    }
  })

  it('a whole sign-in leaves nothing behind once its grant, session and code have expired', async () => {
    const server = createTestServer()
    const run = await obtainCode(server, 'photo-spa')
    const tokens = await (await redeemCode(server, run)).json()
    expect(tokens.refresh_token).toBeDefined()
    expect(server.storeCounts()).toMatchObject({
      sessions: 1,
      pendingAuthorizations: 0,
      codes: 1,
      families: 1,
      accessTokens: 1,
      refreshTokens: 1,
    })
    server.clock.advance(14 * 24 * 3600 + EXPIRED_RECORD_RETENTION)
    await poke(server)
    expect(Object.values(server.storeCounts()).every((count) => count === 0)).toBe(true)
  })

  it('a record is kept, and answered as expired, for the retention hour after it expires', async () => {
    const server = createTestServer()
    const { access_token } = await (await clientCredentials(server)).json()
    server.clock.advance(3600 + EXPIRED_RECORD_RETENTION - 1)
    await poke(server)
    expect(server.storeCounts().accessTokens).toBe(1)
    const userinfo = await server.fetch(
      new Request(`${ISSUER}/userinfo`, { headers: { authorization: `Bearer ${access_token}` } }),
    )
    expect(userinfo.headers.get('www-authenticate')).toMatch(/The access token expired/)
    server.clock.advance(SWEEP_INTERVAL)
    await poke(server)
    expect(server.storeCounts().accessTokens).toBe(0)
  })

  it('unfinished authorization requests expire after 10 minutes, and at most `limits` wait at once', async () => {
    const server = createTestServer({ limits: { pendingAuthorizations: 3 } })
    const requestIds: string[] = []
    for (let i = 0; i < 5; i++) {
      const { params } = await authorizationParams('photo-spa')
      const response = await server.fetch(
        new Request(`${ISSUER}/authorize?${new URLSearchParams(params)}`),
      )
      requestIds.push(new URL(response.headers.get('location')!).searchParams.get('request_id')!)
    }
    expect(server.storeCounts().pendingAuthorizations).toBe(3)
    const login = (id: string) => server.fetch(new Request(`${ISSUER}/login?request_id=${id}`))
    // The oldest were forgotten to make room; the newest still wait for Alice.
    expect((await login(requestIds[0]!)).status).toBe(400)
    expect((await login(requestIds[4]!)).status).toBe(200)
    server.clock.advance(600)
    await poke(server)
    expect(server.storeCounts().pendingAuthorizations).toBe(0)
  })

  it('device requests are capped and forgotten; failed-password records go once their minute is over', async () => {
    const server = createTestServer({ profile: 'rfc6749', limits: { deviceAuthorizations: 2 } })
    const start = () =>
      postForm(
        server,
        { client_id: FRAME_TV_CLIENT.clientId, scope: 'photos.read' },
        { path: '/device_authorization' },
      )
    const first = await (await start()).json()
    await start()
    await start()
    expect(server.storeCounts().deviceAuthorizations).toBe(2)
    const poll = await postForm(server, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: FRAME_TV_CLIENT.clientId,
      device_code: first.device_code,
    })
    expect((await poll.json()).error_description).toMatch(/device_code is unknown/)

    const legacy: [string, string] = [LEGACY_APP_CLIENT.clientId, LEGACY_APP_CLIENT.clientSecret]
    for (let i = 0; i < 20; i++)
      await postForm(
        server,
        { grant_type: 'password', username: `nobody-${i}`, password: 'x' },
        { basic: legacy },
      )
    for (let i = 0; i < 20; i++)
      await postForm(
        server,
        { grant_type: 'password', username: 'alice', password: `guess-${i}` },
        { basic: legacy },
      )
    expect(server.storeCounts().passwordFailures).toBe(21)
    server.clock.advance(600 + EXPIRED_RECORD_RETENTION)
    await poke(server)
    expect(server.storeCounts()).toMatchObject({ deviceAuthorizations: 0, passwordFailures: 0 })
  })
})
