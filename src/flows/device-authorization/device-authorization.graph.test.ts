import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER } from '../../protocol/demo-world'
import {
  pathsToEnds,
  pathsToStates,
  settledSteps,
  type WalkOptions,
} from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { deviceAuthorizationMachine } from './device-authorization.machine'
import type { DeviceAuthorizationContext } from './device-authorization.setup'

// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = deviceAuthorizationMachine
const pending = { ok: false, status: 400, error: 'authorization_pending' }
const page = (path: string, status = 200, redirect?: string) => ({
  url: `${ISSUER}${path}`,
  status,
  redirectTo: redirect ? `${ISSUER}${redirect}` : null,
})

const WALK: WalkOptions = {
  // Polls loop, and each slow_down raises the interval: one slow_down is enough to walk.
  stateKey: (s) => {
    const c = s.context as DeviceAuthorizationContext
    return [
      s.value,
      c.phone,
      c.poll?.ok ? 'tokens' : c.poll?.error,
      c.api?.status,
      Math.min(c.interval, 10),
    ]
  },
  outcomes: {
    requestDeviceCode: [
      {
        ok: true,
        deviceCode: 'D',
        userCode: 'BCDF-GHJK',
        verificationUri: `${ISSUER}/device`,
        verificationUriComplete: `${ISSUER}/device?user_code=BCDF-GHJK`,
        expiresIn: 600,
        interval: 5,
      },
    ],
    poll: [
      pending,
      { ok: false, status: 400, error: 'slow_down' },
      { ok: false, status: 400, error: 'access_denied' },
      { ok: false, status: 400, error: 'expired_token' },
      { ok: false, status: 400, error: 'invalid_grant' },
      { ok: true, accessToken: 'AT', tokenType: 'bearer' },
    ],
    browserOpen: [page('/device')],
    'browserSubmit@submitCode': [page('/device', 303, '/device/login'), page('/device', 400)],
    'browserSubmit@credentials': [
      page('/device/login', 303, '/device/consent'),
      page('/device/login', 400),
    ],
    browserSubmit: [page('/device/consent')],
    browserFollow: [page('/device/login')],
    callApi: [
      { status: 200, body: { photos: [] } },
      { status: 401, body: null, wwwAuthenticate: 'Bearer error="invalid_token"' },
    ],
  },
}

describe('every path of the device authorization machine', () => {
  const finals = pathsToEnds(machine, WALK)

  it('reaches each end state, and only those', () => {
    const ends = new Set(finals.map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual([
      'accessDenied',
      'apiError',
      'codeExpired',
      'failed',
      'photos',
      'tokenError',
    ])
  })

  it('asks for no tokens on the phone: every token request is the TV’s poll', () => {
    for (const path of finals)
      for (const step of settledSteps(path))
        if (
          [
            'openPage',
            'submitCode',
            'loginPage',
            'credentials',
            'consentPage',
            'approval',
            'denial',
          ].includes(step)
        )
          expect(stepIdOf(path.state)).not.toBe(step)
  })

  it('goes back to the phone after an undecided poll, to the step where Alice is', () => {
    const toConsent = pathsToStates(machine, WALK, (s) => s.matches('consentPage'))
    expect(toConsent.length).toBeGreaterThan(0)
    for (const path of toConsent) {
      const steps = settledSteps(path)
      expect(steps.indexOf('credentials')).toBeLessThan(steps.lastIndexOf('poll'))
    }
  })

  it('raises the interval by 5 seconds for every slow_down', () => {
    const slowed = pathsToStates(
      machine,
      WALK,
      (s) => s.matches('pollTooSoon') && s.hasTag('settled'),
    )
    expect(
      slowed.some((path) => (path.state.context as { interval: number }).interval === 10),
    ).toBe(true)
  })
})
