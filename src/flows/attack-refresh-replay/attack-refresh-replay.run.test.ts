import { describe, expect, it } from 'vitest'
import { ATTACKER_ORIGIN } from '../../protocol/demo-world'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-refresh-replay.flow'
import type { RefreshReplayContext } from './attack-refresh-replay.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as RefreshReplayContext

/** Every refresh request in order: who sent which refresh token, and the status it got. */
function refreshes(run: Run) {
  return run.lab.wire
    .exchanges()
    .filter((e) => new URLSearchParams(e.request.body ?? '').get('grant_type') === 'refresh_token')
    .map((e) => ({
      from: e.from,
      token: new URLSearchParams(e.request.body ?? '').get('refresh_token'),
      status: e.response.status,
      error:
        e.response.status === 200
          ? undefined
          : (JSON.parse(e.response.body ?? '{}') as { error: string }).error,
    }))
}

function expectStolen(run: Run) {
  const { stolenRefreshToken } = contextOf(run)
  const collected = run.lab.attackerSite
    .received()
    .filter((r) => r.url === `${ATTACKER_ORIGIN}/collect`)
  expect(collected).toHaveLength(1)
  expect(new URLSearchParams(collected[0]?.body ?? '').get('refresh_token')).toBe(
    stolenRefreshToken,
  )
  return stolenRefreshToken
}

describe('refresh token replay against real servers', () => {
  it('with rotation, Mallory’s replay of the used token is refused and the whole grant revoked', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('theftDetected')
    expect(flow.steps.theftDetected?.outcome).toBe('attack-blocked')
    const stolen = expectStolen(run)
    const { tokens } = contextOf(run)
    const rotated = tokens?.ok ? tokens.refreshToken : undefined
    expect(rotated).not.toBe(stolen)
    expect(refreshes(run)).toEqual([
      { from: 'client', token: stolen, status: 200, error: undefined },
      { from: 'attacker', token: stolen, status: 400, error: 'invalid_grant' },
      { from: 'client', token: rotated, status: 400, error: 'invalid_grant' },
    ])
    expect(exchangeLines(run.lab)).not.toContain('attacker GET /photos 200')
  })

  it('without rotation, the same replay gets Mallory a fresh access token and Alice’s photos', async () => {
    const run = await runFlow(flow, {}, undefined, { rotation: false })
    expect(run.visited.at(-1)).toBe('alicesPhotos')
    expect(flow.steps.alicesPhotos?.outcome).toBe('attack-succeeded')
    const stolen = expectStolen(run)
    expect(refreshes(run)).toEqual([
      { from: 'client', token: stolen, status: 200, error: undefined },
      { from: 'attacker', token: stolen, status: 200, error: undefined },
    ])
    const { mallorys, api, tokens } = contextOf(run)
    expect(mallorys?.ok && mallorys.refreshToken).toBeUndefined()
    expect(tokens?.ok && tokens.refreshToken).toBe(stolen)
    expect((api?.body as { owner: string }).owner).toBe('alice')
    expect(exchangeLines(run.lab)).toContain('attacker GET /photos 200')
  })

  it('with rotation, Mallory first: the app’s later refresh gives the theft away, and her new refresh token dies', async () => {
    const run = await runFlow(flow, { stolen: { type: 'choice.malloryFirst' } })
    expect(run.visited.slice(-4)).toEqual([
      'malloryFirst',
      'appRefusedFirst',
      'mallorysTokenDead',
      'reuseDetected',
    ])
    expect(flow.steps.reuseDetected?.outcome).toBe('attack-blocked')
    const stolen = expectStolen(run)
    const { mallorys } = contextOf(run)
    const hers = mallorys?.ok ? mallorys.refreshToken : undefined
    expect(hers).toBeDefined()
    expect(hers).not.toBe(stolen)
    expect(refreshes(run)).toEqual([
      { from: 'attacker', token: stolen, status: 200, error: undefined },
      { from: 'client', token: stolen, status: 400, error: 'invalid_grant' },
      { from: 'attacker', token: hers, status: 400, error: 'invalid_grant' },
    ])
  })

  it('without rotation, Mallory first simply wins: her refresh works and she reads the photos', async () => {
    const run = await runFlow(flow, { stolen: { type: 'choice.malloryFirst' } }, undefined, {
      rotation: false,
    })
    expect(run.visited.slice(-3)).toEqual(['malloryFirst', 'mallorysApiCall', 'alicesPhotos'])
    const stolen = expectStolen(run)
    expect(refreshes(run)).toEqual([
      { from: 'attacker', token: stolen, status: 200, error: undefined },
    ])
    expect(exchangeLines(run.lab)).toContain('attacker GET /photos 200')
  })
})
