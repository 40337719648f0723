import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-code-interception.flow'
import { codeInterceptionMachine } from './attack-code-interception.machine'
import type { CodeInterceptionContext } from './attack-code-interception.setup'

const machine: AnyStateMachine = codeInterceptionMachine
const redirect = `${PHOTO_SPA_CLIENT.redirectUri}?code=C&state=S&iss=${encodeURIComponent(ISSUER)}`

const WALK: WalkOptions = {
  outcomes: {
    startAuthorization: [{ url: `${ISSUER}/authorize?x`, issuer: ISSUER, state: 'S' }],
    signInAndAllow: [
      { url: `${ISSUER}/consent`, status: 303, redirectTo: redirect },
      {
        url: `${ISSUER}/consent`,
        status: 303,
        redirectTo: `${PHOTO_SPA_CLIENT.redirectUri}?error=x`,
      },
    ],
    redeemStolenCode: [
      { ok: true, accessToken: 'AT', tokenType: 'bearer', refreshToken: 'RT' },
      { ok: false, status: 400, error: 'invalid_request', errorDescription: 'no verifier' },
      { ok: false, status: 500, error: 'server_error' },
    ],
    callApi: [
      { status: 200, body: { owner: 'alice', photos: [] } },
      { status: 401, body: null },
    ],
  },
}

describe('every path of the code interception scenario', () => {
  const ends = pathsToEnds(machine, WALK)

  it('ends attack-blocked, attack-succeeded, or failed, and nowhere else', () => {
    const reached = [...new Set(ends.map((path) => stepIdOf(path.state)))].sort()
    expect(reached).toEqual(['alicesPhotos', 'failed', 'refused'])
  })

  it('blocks the attack on the plan’s path, exactly when the token endpoint refused', () => {
    const blocked = pathsTo(machine, WALK, (s) => s.matches('refused'))
    expect(blocked.length).toBeGreaterThan(0)
    for (const path of blocked) {
      expect((path.state.context as CodeInterceptionContext).stolen).toMatchObject({ status: 400 })
      expect(settledSteps(path)).toEqual(flow.plan)
    }
  })

  it('shows Alice’s photos only after the token endpoint gave Mallory tokens and the API a 200', () => {
    const succeeded = pathsTo(machine, WALK, (s) => s.matches('alicesPhotos'))
    expect(succeeded.length).toBeGreaterThan(0)
    for (const path of succeeded) {
      const { stolen, api, intercepted } = path.state.context as CodeInterceptionContext
      expect(stolen?.ok).toBe(true)
      expect(api?.status).toBe(200)
      expect(intercepted).toBe(redirect)
      expect(settledSteps(path)).toEqual(flow.planFor?.({ pkce: false }))
    }
  })

  it('never lets Mallory redeem anything when the server sent no code', () => {
    const failed = pathsTo(machine, WALK, (s) => s.matches('failed'))
    const noCode = failed.filter(
      (path) => (path.state.context as CodeInterceptionContext).intercepted === undefined,
    )
    expect(noCode.length).toBeGreaterThan(0)
    for (const path of noCode) expect(settledSteps(path)).not.toContain('mallorysTokenRequest')
  })
})
