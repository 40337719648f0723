import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { planOf } from '../kit/switches'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './refresh-token.flow'
import { refreshTokenMachine } from './refresh-token.machine'
import type { RefreshTokenContext } from './refresh-token.setup'

const machine: AnyStateMachine = refreshTokenMachine
const tokens = (n: number) => ({
  ok: true,
  accessToken: `AT${n}`,
  refreshToken: `RT${n}`,
  tokenType: 'bearer',
})
const invalidGrant = { ok: false, status: 400, error: 'invalid_grant' }
const api = (status: number) => ({ status, body: status === 200 ? { photos: [] } : null })

/** What each of Printshop's requests can come back with; the API's status decides most steps. */
const outcomes = {
  authorizeEarlier: [tokens(1), invalidGrant],
  callApi: [api(200), api(401), api(503)],
  refresh: [tokens(2), invalidGrant],
  revoke: [{ ok: true }, { ok: false, status: 401, error: 'invalid_client' }],
  introspect: [
    { ok: true, active: false },
    { ok: true, active: true },
  ],
}
const walk = (introspection: boolean): WalkOptions => ({
  outcomes,
  input: { switches: { introspection } },
})
const endsOf = (options: WalkOptions) =>
  new Set(pathsToEnds(machine, options).map((path) => stepIdOf(path.state)))

describe('every path of the refresh token flow', () => {
  it('ends disconnected at exp with an API that checks JWTs itself, never refused at once', () => {
    const ends = endsOf(walk(false))
    expect([...ends].sort()).toEqual(
      ['apiError', 'disconnected', 'failed', 'familyRevoked', 'tokenError'].sort(),
    )
  })

  it('ends refused at once with an introspecting API, never waiting for exp', () => {
    const ends = endsOf(walk(true))
    expect([...ends].sort()).toEqual(
      ['apiError', 'failed', 'familyRevoked', 'refusedAtOnce', 'tokenError'].sort(),
    )
  })

  it('follows each setting’s plan to its end, and gets there only by the API’s own answers', () => {
    for (const introspection of [false, true]) {
      const end = introspection ? 'refusedAtOnce' : 'disconnected'
      const paths = pathsTo(machine, walk(introspection), (s) => s.matches(end))
      expect(paths.length, end).toBeGreaterThan(0)
      for (const path of paths) {
        expect(settledSteps(path)).toEqual(planOf(flow, { introspection }))
        const { api: last, introspection: answer } = path.state.context as RefreshTokenContext
        // After the revocation: the API refused (at once, or at exp) and the server said inactive.
        expect(last?.status).toBe(401)
        expect(answer).toMatchObject({ ok: true, active: false })
      }
    }
  })

  it('treats a refresh token that still works after a replay as a failure, not as the flow', () => {
    const replays = pathsTo(machine, walk(false), (s) => s.matches('failed')).filter((path) =>
      settledSteps(path).includes('replayOld'),
    )
    expect(replays.length).toBeGreaterThan(0)
    expect(
      replays.some((path) =>
        (path.state.context as RefreshTokenContext).error?.includes('reuse detection is off'),
      ),
    ).toBe(true)
  })
})
