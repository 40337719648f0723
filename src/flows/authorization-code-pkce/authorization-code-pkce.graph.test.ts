import { describe, expect, it } from 'vitest'
import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate'
import { getShortestPaths, getSimplePaths } from 'xstate/graph'
import { ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import type { FlowLab } from '../flow-lab'
import { stepMetaOf, type StepMeta } from '../step-meta'
import { authorizationCodePkceMachine } from './authorization-code-pkce.machine'
import { STEPS } from './authorization-code-pkce.steps'

/**
 * Every path of the machine, walked with xstate/graph. The invoked actors make real requests, so
 * the walk stands in for them: where a step's actor is running, the events are the actor's possible
 * outcomes (its done event with each kind of output, and its error event); elsewhere they are the
 * learner's events. The run tests drive the same machine against real servers.
 */
// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = authorizationCodePkceMachine
const PKCE = {
  codeVerifier: 'v'.repeat(43),
  codeChallenge: 'c'.repeat(43),
  codeChallengeMethod: 'S256',
  state: 'S',
}
const callback = (query: string) => `${PHOTO_SPA_CLIENT.redirectUri}?${query}`

const OUTCOMES: Record<string, readonly unknown[]> = {
  makePkce: [PKCE],
  browserOpen: [{ url: `${ISSUER}/authorize`, status: 302, redirectTo: `${ISSUER}/login` }],
  'browserFollow@callback': [
    {
      url: callback(`code=C&state=S&iss=${encodeURIComponent(ISSUER)}`),
      status: 200,
      redirectTo: null,
    },
    {
      url: callback(`code=C&state=FORGED&iss=${encodeURIComponent(ISSUER)}`),
      status: 200,
      redirectTo: null,
    },
    {
      url: callback('code=C&state=S&iss=https%3A%2F%2Fevil.example'),
      status: 200,
      redirectTo: null,
    },
    { url: callback('error=server_error&state=S'), status: 200, redirectTo: null },
  ],
  'browserFollow@deniedCallback': [
    {
      url: callback(
        `error=access_denied&error_description=No&state=S&iss=${encodeURIComponent(ISSUER)}`,
      ),
      status: 200,
      redirectTo: null,
    },
    { url: callback('error=access_denied&state=FORGED'), status: 200, redirectTo: null },
  ],
  browserFollow: [{ url: `${ISSUER}/page`, status: 200, redirectTo: null }],
  'browserSubmit@credentials': [
    { url: `${ISSUER}/login`, status: 303, redirectTo: `${ISSUER}/consent` },
    { url: `${ISSUER}/login`, status: 401, redirectTo: null },
  ],
  browserSubmit: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: callback('code=C') }],
  requestTokens: [
    {
      status: 200,
      headers: {},
      body: { access_token: 'AT', token_type: 'Bearer', expires_in: 3600, scope: 'photos.read' },
    },
    { status: 400, headers: {}, body: { error: 'invalid_grant', error_description: 'expired' } },
  ],
  callPhotos: [
    { status: 200, headers: {}, body: { photos: [] } },
    { status: 401, headers: {}, body: null, wwwAuthenticate: 'Bearer error="invalid_token"' },
  ],
}
const LEARNER_EVENTS: EventObject[] = [
  { type: 'step.next' },
  { type: 'user.login.submit', username: 'alice', password: 'typed' } as EventObject,
  { type: 'user.consent.approve' },
  { type: 'user.consent.deny' },
]

function events(snapshot: AnyMachineSnapshot): EventObject[] {
  const running = Object.entries(snapshot.children)[0]
  if (!running) return LEARNER_EVENTS
  const [id, child] = running
  const src = String((child as AnyActorRef).src)
  const outputs = OUTCOMES[`${src}@${stepOf(snapshot)}`] ?? OUTCOMES[src] ?? []
  return [
    ...outputs.map((output) => ({ type: `xstate.done.actor.${id}`, output }) as EventObject),
    { type: `xstate.error.actor.${id}`, error: new Error('network down') } as EventObject,
  ]
}

function stepOf(snapshot: AnyMachineSnapshot): string {
  return stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)?.stepId ?? '?'
}

const options = {
  input: { lab: {} as FlowLab },
  events,
  serializeState: (snapshot: AnyMachineSnapshot) =>
    JSON.stringify([snapshot.value, { ...snapshot.context, lab: undefined }]),
}
const settledSteps = (path: { steps: { state: AnyMachineSnapshot }[] }) =>
  path.steps.filter((step) => step.state.hasTag('settled')).map((step) => stepOf(step.state))

describe('every path of the Authorization Code + PKCE machine', () => {
  const finals = getShortestPaths(machine, {
    ...options,
    toState: (s: AnyMachineSnapshot) => s.status === 'done',
  })

  it('reaches each end state, and only those', () => {
    const ends = new Set(finals.map((path) => stepOf(path.state)))
    expect([...ends].sort()).toEqual([
      'accessDenied',
      'apiError',
      'failed',
      'issuerMismatch',
      'photos',
      'stateMismatch',
      'tokenError',
    ])
  })

  it('goes through the eleven steps on the shortest path to the photos', () => {
    const toPhotos = finals.find((path) => stepOf(path.state) === 'photos')
    expect(toPhotos && settledSteps(toPhotos)).toEqual([
      'pkce',
      'authorizationRequest',
      'loginPage',
      'credentials',
      'consentPage',
      'approval',
      'callback',
      'tokenRequest',
      'tokenResponse',
      'apiRequest',
      'photos',
    ])
  })

  it('reaches access_denied only through Deny, and never asks for tokens on the way', () => {
    const denied = getSimplePaths(machine, {
      ...options,
      toState: (s: AnyMachineSnapshot) => s.matches('accessDenied'),
    })
    expect(denied.length).toBeGreaterThan(0)
    for (const path of denied) {
      expect(path.steps.some((step) => step.event.type === 'user.consent.deny')).toBe(true)
      expect(settledSteps(path)).not.toContain('tokenRequest')
    }
  })

  it('never redeems a code whose state or issuer did not match', () => {
    const all = getSimplePaths(machine, {
      ...options,
      toState: (s: AnyMachineSnapshot) => s.matches('tokenRequest'),
    })
    expect(all.length).toBeGreaterThan(0)
    for (const path of all) {
      expect(path.state.context.callback?.state).toBe('S')
      expect(path.state.context.callback?.iss).toBe(ISSUER)
    }
  })

  it('gives every resting state step meta with 2 to 4 sentences and a spec reference', () => {
    const all = getSimplePaths(machine, options)
    const seen = new Map<string, StepMeta>()
    for (const path of all) {
      for (const { state } of path.steps) {
        if (!state.hasTag('settled')) continue
        const found = stepMetaOf(state.getMeta() as Record<string, StepMeta | undefined>)
        expect(found, JSON.stringify(state.value)).toBeDefined()
        if (found) seen.set(found.stepId, found.meta)
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(STEPS).sort())
    for (const [id, meta] of seen) {
      const sentences = meta.narration.split(/(?<=[.!?])\s+(?=[A-Z])/).length
      expect(sentences, id).toBeGreaterThanOrEqual(2)
      expect(sentences, id).toBeLessThanOrEqual(4)
      expect(meta.specRef, id).toMatch(/^(RFC \d+|OpenID)/)
    }
  })
})
