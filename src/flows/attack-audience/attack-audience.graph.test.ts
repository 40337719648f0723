import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-audience.flow'
import { audienceMachine } from './attack-audience.machine'
import type { AudienceContext } from './attack-audience.setup'

const machine: AnyStateMachine = audienceMachine
const WALK: WalkOptions = {
  outcomes: {
    earlier: [{ ok: true, accessToken: 'AT', tokenType: 'bearer' }],
    steal: [204],
    callCalendar: [
      { status: 200, body: { owner: 'alice', events: [] } },
      { status: 401, body: { error: 'invalid_token' } },
      { status: 401, body: null },
      { status: 503, body: { error: 'temporarily_unavailable' } },
    ],
  },
}

describe('every path of the audience scenario', () => {
  it('ends refused, with Alice’s calendar, or failed', () => {
    const ends = new Set(pathsToEnds(machine, WALK).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['alicesCalendar', 'failed', 'refused'])
  })

  it('is blocked only by the calendar API’s 401 invalid_token, on the plan', () => {
    for (const path of pathsTo(machine, WALK, (s) => s.matches('refused'))) {
      const { calendar } = path.state.context as AudienceContext
      expect(calendar).toMatchObject({ status: 401, body: { error: 'invalid_token' } })
      expect(settledSteps(path)).toEqual(flow.plan)
    }
  })

  it('counts a bare 401 or a 503 as a failure, not as the aud check', () => {
    const failed = pathsTo(machine, WALK, (s) => s.matches('failed')).map(
      (path) => (path.state.context as AudienceContext).calendar?.status,
    )
    expect(failed).toEqual(expect.arrayContaining([401, 503]))
  })
})
