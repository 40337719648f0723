import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './refresh-token.flow'
import type { RefreshTokenContext } from './refresh-token.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as RefreshTokenContext

describe('refresh, rotation and revocation against real servers', () => {
  it('refreshes an expired access token, rotates the refresh token, revokes it, and sees the JWT live on', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const lines = exchangeLines(run.lab).filter((line) => !line.startsWith('resource-server'))
    expect(lines).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client POST /token 200',
      'client GET /photos 401',
      'client POST /token 200',
      'client GET /photos 200',
      'client POST /revoke 200',
      'client POST /introspect 200',
      'client GET /photos 200',
      'client GET /photos 401',
    ])
    const { introspection, usedRefreshToken, tokens } = contextOf(run)
    expect(introspection).toMatchObject({ ok: true, active: false })
    expect(tokens?.ok && tokens.refreshToken).not.toBe(usedRefreshToken)
  })

  it('with the photo API introspecting, the revoked access token is refused at once, not at exp', async () => {
    const run = await runFlow(flow, {}, undefined, { introspection: true })
    expect(run.visited.slice(-4)).toEqual([
      'revoke',
      'introspect',
      'apiAsksServer',
      'refusedAtOnce',
    ])
    const lines = exchangeLines(run.lab)
    // After the revocation, the call to the API is refused: inside it, the API's own
    // introspection request found the token inactive.
    expect(lines.slice(-4)).toEqual([
      'client POST /revoke 200',
      'client POST /introspect 200',
      'client GET /photos 401',
      'resource-server POST /introspect 200',
    ])
    const last = run.lab.wire
      .exchanges()
      .filter((e) => e.request.url.endsWith('/photos'))
      .at(-1)
    expect(last?.from).toBe('client')
    expect(last?.response.headers).toContainEqual([
      'www-authenticate',
      expect.stringMatching(/error="invalid_token"/),
    ])
    // No hour passed: the token was refused before its exp.
    const { api } = contextOf(run)
    expect(api?.status).toBe(401)
  })

  it('revokes the whole family when the used refresh token is replayed', async () => {
    const run = await runFlow(flow, { photos: { type: 'choice.replay' } })
    expect(run.visited.slice(-4)).toEqual(['photos', 'replayOld', 'newestRefused', 'familyRevoked'])
    const refusals = run.lab.wire
      .exchanges()
      .filter((e) => e.request.url.endsWith('/token') && e.response.status === 400)
      .map((e) => (JSON.parse(e.response.body ?? '{}') as { error: string }).error)
    expect(refusals).toEqual(['invalid_grant', 'invalid_grant'])
  })
})
