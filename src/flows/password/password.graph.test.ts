import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { passwordMachine } from './password.machine'
import type { PasswordContext } from './password.setup'

// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = passwordMachine
const refusal = (error: string) => ({ ok: false, status: 400, error })

const WALK: WalkOptions = {
  outcomes: {
    requestToken: [
      { ok: true, accessToken: 'AT', tokenType: 'bearer', expiresIn: 3600 },
      refusal('invalid_grant'),
      refusal('invalid_client'),
    ],
    requestOnOAuth21: [refusal('unsupported_grant_type')],
    callApi: [
      { status: 200, body: { photos: [] } },
      { status: 401, body: null, wwwAuthenticate: 'Bearer error="invalid_token"' },
    ],
  },
}

describe('every path of the password machine', () => {
  const finals = pathsToEnds(machine, WALK)

  it('reaches each end state, and only those', () => {
    expect([...new Set(finals.map((path) => stepIdOf(path.state)))].sort()).toEqual([
      'apiError',
      'failed',
      'refused',
      'tokenError',
      'useInstead',
      'wrongPassword',
    ])
  })

  it('sends the mistyped password only on the mistype branch', () => {
    for (const path of pathsTo(machine, WALK, (s) => s.matches('wrongPasswordRequest'))) {
      expect((path.state.context as PasswordContext).typed.password).toBe('wonderland1')
    }
    for (const path of pathsTo(machine, WALK, (s) => s.matches('tokenRequest'))) {
      expect((path.state.context as PasswordContext).typed.password).toBe('wonderland')
    }
  })

  it('ends with the step that says what to use instead on the way that works', () => {
    const done = finals.find((path) => stepIdOf(path.state) === 'useInstead')
    expect(done && settledSteps(done)).toEqual([
      'appForm',
      'tokenRequest',
      'tokenResponse',
      'apiRequest',
      'photos',
      'passwordHeld',
      'useInstead',
    ])
  })
})
