import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-refresh-replay.flow'
import { refreshReplayMachine } from './attack-refresh-replay.machine'
import type { RefreshReplayContext } from './attack-refresh-replay.setup'

const machine: AnyStateMachine = refreshReplayMachine
const tokens = (refreshToken?: string) => ({
  ok: true,
  accessToken: 'AT',
  tokenType: 'bearer',
  ...(refreshToken ? { refreshToken } : {}),
})
const refused = { ok: false, status: 400, error: 'invalid_grant' }

const WALK: WalkOptions = {
  outcomes: {
    earlier: [tokens('RT1'), tokens()],
    steal: [204, 404],
    'refresh@clientRefreshes': [tokens('RT2'), refused],
    'refresh@mallorysRefresh': [
      tokens(),
      refused,
      { ok: false, status: 500, error: 'server_error' },
    ],
    'refresh@appCutOff': [refused, tokens('RT3')],
    'refresh@malloryFirst': [tokens('RTm'), refused],
    'refresh@appRefusedFirst': [refused, tokens('RT4')],
    'refresh@mallorysTokenDead': [refused, tokens('RT5')],
    callApi: [{ status: 200, body: { owner: 'alice' } }],
  },
}

describe('every path of the refresh token replay scenario', () => {
  it('ends with the theft detected, Alice’s photos, or failed', () => {
    const ends = new Set(pathsToEnds(machine, WALK).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['alicesPhotos', 'failed', 'reuseDetected', 'theftDetected'])
  })

  it('detects the theft only when both Mallory’s and then the app’s refresh were refused', () => {
    const detected = pathsTo(machine, WALK, (s) => s.matches('theftDetected'))
    expect(detected.length).toBeGreaterThan(0)
    for (const path of detected) {
      const { mallorys, appAgain } = path.state.context as RefreshReplayContext
      expect(mallorys).toMatchObject({ ok: false, status: 400 })
      expect(appAgain).toMatchObject({ ok: false, status: 400 })
      expect(settledSteps(path)).toEqual(flow.plan)
    }
  })

  it('shows Alice’s photos only after the token endpoint accepted the stolen token', () => {
    for (const path of pathsTo(machine, WALK, (s) => s.matches('alicesPhotos'))) {
      expect((path.state.context as RefreshReplayContext).mallorys?.ok).toBe(true)
      expect(settledSteps(path)).toEqual(flow.planFor?.({ rotation: false }))
    }
  })

  it('with Mallory first, detects the theft by the app’s refused refresh, then refuses her own', () => {
    const detected = pathsTo(machine, WALK, (s) => s.matches('reuseDetected'))
    expect(detected.length).toBeGreaterThan(0)
    for (const path of detected) {
      const { mallorys, appAgain, mallorysAgain } = path.state.context as RefreshReplayContext
      expect(mallorys?.ok).toBe(true)
      expect(appAgain).toMatchObject({ ok: false, status: 400 })
      expect(mallorysAgain).toMatchObject({ ok: false, status: 400 })
      expect(settledSteps(path)).toEqual([
        'earlier',
        'stolen',
        'malloryFirst',
        ...(flow.branchesFor?.({ rotation: true }).malloryFirst ?? []),
      ])
    }
  })

  it('with Mallory first and no rotation, goes straight to her API call, as its branch says', () => {
    const off: WalkOptions = { ...WALK, input: { switches: { rotation: false } } }
    const photos = pathsTo(machine, off, (s) => s.matches('alicesPhotos')).filter((path) =>
      settledSteps(path).includes('malloryFirst'),
    )
    expect(photos.length).toBeGreaterThan(0)
    for (const path of photos)
      expect(settledSteps(path)).toEqual([
        'earlier',
        'stolen',
        'malloryFirst',
        ...(flow.branchesFor?.({ rotation: false }).malloryFirst ?? []),
      ])
  })

  it('calls a grant that survives Mallory’s refused replay a failure, not a blocked attack', () => {
    const survived = pathsTo(machine, WALK, (s) => s.matches('failed')).filter(
      (path) => (path.state.context as RefreshReplayContext).appAgain?.ok === true,
    )
    expect(survived.length).toBeGreaterThan(0)
  })
})
