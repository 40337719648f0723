import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ATTACKER_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-csrf.flow'
import { csrfMachine } from './attack-csrf.machine'
import type { CsrfContext } from './attack-csrf.setup'

const iss = `iss=${encodeURIComponent(ISSUER)}`
const mallorysRedirect = `${PHOTO_SPA_CLIENT.redirectUri}?code=M&state=MS&${iss}`
const start = (state: string) => ({ url: `${ISSUER}/authorize`, issuer: ISSUER, state })

/** Two walks: the machine reads the switches from its input, so each setting is its own graph. */
const walk = (switches: Record<string, boolean>): WalkOptions => ({
  input: { switches },
  outcomes: {
    mallorysCode: [
      {
        start: start('MS'),
        answer: { url: `${ISSUER}/consent`, status: 303, redirectTo: mallorysRedirect },
        trap: `${ATTACKER_ORIGIN}/free-prints`,
      },
    ],
    aliceConnects: [
      { start: start('AS'), answer: { url: `${ISSUER}/authorize`, status: 302, redirectTo: null } },
    ],
    browserOpen: [
      { url: `${ATTACKER_ORIGIN}/free-prints`, status: 303, redirectTo: mallorysRedirect },
      { url: `${ATTACKER_ORIGIN}/free-prints`, status: 200, redirectTo: null },
    ],
    browserFollow: [{ url: mallorysRedirect, status: 200, redirectTo: null }],
    redeemCode: [
      { ok: true, accessToken: 'AT', tokenType: 'bearer' },
      { ok: false, status: 400, error: 'invalid_grant' },
      { ok: false, status: 503, error: 'temporarily_unavailable' },
    ],
    callApi: [
      { status: 200, body: { owner: 'mallory' } },
      { status: 401, body: null },
    ],
  },
})

const machine: AnyStateMachine = csrfMachine
const ends = (switches: Record<string, boolean>) =>
  new Set(pathsToEnds(machine, walk(switches)).map((path) => stepIdOf(path.state)))

describe('every path of the CSRF scenario', () => {
  it('with the state check, ends only refused by the client (or failed): no token request', () => {
    expect([...ends({ state: true, pkce: true })].sort()).toEqual(['failed', 'stateRefused'])
    for (const path of pathsTo(machine, walk({ state: true }), (s) => s.matches('stateRefused')))
      expect(settledSteps(path)).toEqual(flow.plan)
  })

  it('without it, ends refused by the token endpoint or linked to Mallory, as the server answers', () => {
    expect([...ends({ state: false, pkce: true })].sort()).toEqual([
      'failed',
      'linkedToMallory',
      'pkceRefused',
    ])
    const linked = pathsTo(machine, walk({ state: false }), (s) => s.matches('linkedToMallory'))
    expect(linked.length).toBeGreaterThan(0)
    for (const path of linked) {
      const context = path.state.context as CsrfContext
      expect(context.tokens?.ok).toBe(true)
      expect(context.callback?.url).toBe(mallorysRedirect)
      expect(settledSteps(path)).toEqual(flow.planFor?.({ state: false, pkce: false }))
    }
  })

  it('calls it blocked by PKCE only on the token endpoint’s 400, never on a failing server', () => {
    for (const path of pathsTo(machine, walk({ state: false }), (s) => s.matches('pkceRefused')))
      expect((path.state.context as CsrfContext).tokens).toMatchObject({ ok: false, status: 400 })
  })

  it('never follows a page of Mallory’s that did not redirect', () => {
    const failed = pathsTo(machine, walk({ state: false }), (s) => s.matches('failed'))
    const noRedirect = failed.filter(
      (path) => (path.state.context as CsrfContext).lure?.status === 200,
    )
    expect(noRedirect.length).toBeGreaterThan(0)
    for (const path of noRedirect) expect(settledSteps(path)).not.toContain('forgedCallback')
  })
})
