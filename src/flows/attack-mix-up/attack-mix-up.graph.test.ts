import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ATTACKER_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-mix-up.flow'
import { mixUpMachine } from './attack-mix-up.machine'
import type { MixUpContext } from './attack-mix-up.setup'

const machine: AnyStateMachine = mixUpMachine
const iss = (issuer: string) => `iss=${encodeURIComponent(issuer)}`
const answer = `${PHOTO_SPA_CLIENT.redirectUri}?code=C&state=S&${iss(ISSUER)}`

const walk = (checksIss: boolean): WalkOptions => ({
  input: { switches: { iss: checksIss } },
  outcomes: {
    toMallory: [
      {
        start: {
          url: `${ATTACKER_ORIGIN}/authorize`,
          issuer: ATTACKER_ORIGIN,
          state: 'S',
          codeVerifier: 'V',
        },
        bounce: {
          url: `${ATTACKER_ORIGIN}/authorize`,
          status: 303,
          redirectTo: `${ISSUER}/authorize?x`,
        },
      },
    ],
    signInAndAllow: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: answer }],
    browserFollow: [
      { url: answer, status: 200, redirectTo: null },
      {
        url: `${PHOTO_SPA_CLIENT.redirectUri}?code=C&state=S&${iss(ATTACKER_ORIGIN)}`,
        status: 200,
        redirectTo: null,
      },
    ],
    redeemAtMallory: [
      {
        appTokens: { ok: false, status: 400, error: 'invalid_grant' },
        caught: { code: 'C', codeVerifier: 'V', redirectUri: PHOTO_SPA_CLIENT.redirectUri },
      },
    ],
    redeemCaught: [{ ok: true, accessToken: 'AT', tokenType: 'bearer' }],
    callApi: [{ status: 200, body: { owner: 'alice' } }],
  },
})

describe('every path of the mix-up scenario', () => {
  it('with the iss check, only an answer from Mallory’s own issuer would pass, and it never reaches her token endpoint with another', () => {
    const ends = new Set(pathsToEnds(machine, walk(true)).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['alicesPhotos', 'failed', 'issRefused'])
    for (const path of pathsTo(machine, walk(true), (s) => s.matches('tokenToMallory'))) {
      const { callback } = path.state.context as MixUpContext
      expect(new URL(callback?.url ?? '').searchParams.get('iss')).toBe(ATTACKER_ORIGIN)
    }
    for (const path of pathsTo(machine, walk(true), (s) => s.matches('issRefused')))
      expect(settledSteps(path)).toEqual(flow.plan)
  })

  it('without it, the real server’s answer goes to Mallory’s token endpoint', () => {
    const stolen = pathsTo(machine, walk(false), (s) => s.matches('alicesPhotos'))
    expect(stolen.length).toBeGreaterThan(0)
    for (const path of stolen) {
      const { callback } = path.state.context as MixUpContext
      expect(callback?.checks[0]).toMatchObject({ label: 'iss', ok: false })
    }
    expect(stolen.map(settledSteps)).toContainEqual(flow.planFor?.({ iss: false }))
  })
})
