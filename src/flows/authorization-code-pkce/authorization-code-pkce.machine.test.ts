import { describe, expect, it } from 'vitest'
import {
  createActor,
  fromPromise,
  getInitialSnapshot,
  getNextSnapshot,
  waitFor,
  type AnyMachineSnapshot,
} from 'xstate'
import { ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import type { FlowLab } from '../flow-lab'
import type { Hop } from './authorization-code-pkce.actors'
import { authorizationCodePkceMachine as machine } from './authorization-code-pkce.machine'
import type { PkceStart } from './pkce-client'

const lab = {} as FlowLab
const PKCE: PkceStart = {
  codeVerifier: 'v'.repeat(43),
  codeChallenge: 'c'.repeat(43),
  codeChallengeMethod: 'S256',
  state: 'S1',
}
const done = (snapshot: AnyMachineSnapshot, output: unknown) => {
  const id = Object.keys(snapshot.children)[0]
  return getNextSnapshot(
    machine,
    snapshot as never,
    { type: `xstate.done.actor.${id}`, output } as never,
  )
}
const hop = (url: string, status = 200): Hop => ({ url, status, redirectTo: null })

/** The snapshot resting at the callback step, having received `query`. */
function atCallback(query: string) {
  let s = done(getInitialSnapshot(machine, { lab }), PKCE)
  s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/authorize`, 302))
  s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/login`))
  s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/login`, 303))
  s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/consent`))
  s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/consent`, 303))
  return done(
    getNextSnapshot(machine, s, { type: 'step.next' }),
    hop(`${PHOTO_SPA_CLIENT.redirectUri}?${query}`),
  )
}

describe('single transitions', () => {
  it('starts by making PKCE values and rests once they exist', () => {
    const start = getInitialSnapshot(machine, { lab })
    expect(start.value).toEqual({ pkce: 'running' })
    expect(start.hasTag('settled')).toBe(false)
    const made = done(start, PKCE)
    expect(made.value).toEqual({ pkce: 'shown' })
    expect(made.hasTag('settled')).toBe(true)
    expect(made.context.pkce).toEqual(PKCE)
  })

  it('ignores step.next while a step is still running', () => {
    const start = getInitialSnapshot(machine, { lab })
    expect(getNextSnapshot(machine, start, { type: 'step.next' }).value).toEqual({
      pkce: 'running',
    })
  })

  it('goes on to the token request when state and iss match the request', () => {
    const s = atCallback(`code=C&state=S1&iss=${encodeURIComponent(ISSUER)}`)
    expect(s.context.callback).toMatchObject({ code: 'C', state: 'S1', iss: ISSUER })
    expect(getNextSnapshot(machine, s, { type: 'step.next' }).value).toEqual({
      tokenRequest: 'running',
    })
  })

  it('stops at stateMismatch when state differs (RFC 6749 §10.12)', () => {
    const next = getNextSnapshot(machine, atCallback('code=C&state=S2'), { type: 'step.next' })
    expect(next.value).toBe('stateMismatch')
    expect(next.status).toBe('done')
  })

  it('stops at stateMismatch when state is missing', () => {
    expect(getNextSnapshot(machine, atCallback('code=C'), { type: 'step.next' }).value).toBe(
      'stateMismatch',
    )
  })

  it('stops at issuerMismatch when iss names another server (RFC 9207 §2.4)', () => {
    expect(
      getNextSnapshot(machine, atCallback('code=C&state=S1&iss=https%3A%2F%2Fmix-up.example'), {
        type: 'step.next',
      }).value,
    ).toBe('issuerMismatch')
  })

  it('sends typed credentials from the login page, and the demo ones on step.next', () => {
    let s = done(getInitialSnapshot(machine, { lab }), PKCE)
    s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/authorize`, 302))
    s = done(getNextSnapshot(machine, s, { type: 'step.next' }), hop(`${ISSUER}/login`))
    const typed = getNextSnapshot(machine, s, {
      type: 'user.login.submit',
      username: 'bob',
      password: 'x',
    })
    expect(typed.context.login).toEqual({ username: 'bob', password: 'x' })
    expect(getNextSnapshot(machine, s, { type: 'step.next' }).context.login).toEqual({
      username: 'alice',
      password: 'wonderland',
    })
    expect(done(typed, hop(`${ISSUER}/login`, 401)).value).toBe('loginRejected')
  })

  it('records an actor failure in words and ends in failed', async () => {
    const broken = machine.provide({
      actors: {
        makePkce: fromPromise<PkceStart>(() =>
          Promise.reject(new Error('Web Crypto is unavailable')),
        ),
      },
    })
    const actor = createActor(broken, { input: { lab } }).start()
    const end = await waitFor(actor, (s) => s.status === 'done')
    expect(end.value).toBe('failed')
    expect(end.context.error).toBe('Web Crypto is unavailable')
  })
})
