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
import type { Hop } from '../kit/browser-actors'
import type { AuthorizationStart } from '../kit/client/authorization'
import type { FlowLab } from '../kit/flow-lab'
import { authorizationCodePkceMachine as machine } from './authorization-code-pkce.machine'

const lab = {} as FlowLab
const START: AuthorizationStart = {
  url: `${ISSUER}/authorize`,
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
const next = { type: 'step.next' } as const
const iss = `iss=${encodeURIComponent(ISSUER)}`

/** The snapshot resting on the login page. */
function atLoginPage() {
  let s = done(getInitialSnapshot(machine, { lab }), START)
  s = done(getNextSnapshot(machine, s, next), hop(`${ISSUER}/authorize`, 302))
  return done(getNextSnapshot(machine, s, next), hop(`${ISSUER}/login`))
}

/** The snapshot resting at the callback step, having received `query`. */
function atCallback(query: string) {
  let s = done(getNextSnapshot(machine, atLoginPage(), next), hop(`${ISSUER}/login`, 303))
  s = done(getNextSnapshot(machine, s, next), hop(`${ISSUER}/consent`))
  s = done(getNextSnapshot(machine, s, next), hop(`${ISSUER}/consent`, 303))
  return done(getNextSnapshot(machine, s, next), hop(`${PHOTO_SPA_CLIENT.redirectUri}?${query}`))
}

describe('single transitions', () => {
  it('starts by making the PKCE values and state, and rests once they exist', () => {
    const start = getInitialSnapshot(machine, { lab })
    expect(start.value).toEqual({ pkce: 'running' })
    expect(start.hasTag('settled')).toBe(false)
    const made = done(start, START)
    expect(made.value).toEqual({ pkce: 'shown' })
    expect(made.hasTag('settled')).toBe(true)
    expect(made.context.start).toEqual(START)
  })

  it('ignores step.next while a step is still running', () => {
    const start = getInitialSnapshot(machine, { lab })
    expect(getNextSnapshot(machine, start, next).value).toEqual({ pkce: 'running' })
  })

  it('goes on to the token request when iss and state match the request', () => {
    const s = atCallback(`code=C&state=S1&${iss}`)
    expect(s.context.callback).toMatchObject({ ok: true, code: 'C' })
    expect(getNextSnapshot(machine, s, next).value).toEqual({ tokenRequest: 'running' })
  })

  it('stops at stateMismatch when state differs (RFC 6749 §10.12)', () => {
    const end = getNextSnapshot(machine, atCallback(`code=C&state=S2&${iss}`), next)
    expect(end.value).toBe('stateMismatch')
    expect(end.status).toBe('done')
  })

  it('stops at stateMismatch when state is missing', () => {
    expect(getNextSnapshot(machine, atCallback(`code=C&${iss}`), next).value).toBe('stateMismatch')
  })

  it('stops at issuerMismatch when iss names another server, or is missing (RFC 9207 §2.4)', () => {
    const other = atCallback('code=C&state=S1&iss=https%3A%2F%2Fmix-up.example')
    expect(getNextSnapshot(machine, other, next).value).toBe('issuerMismatch')
    expect(getNextSnapshot(machine, atCallback('code=C&state=S1'), next).value).toBe(
      'issuerMismatch',
    )
  })

  it('submits the learner’s typed form from the login page, and the demo credentials on step.next', () => {
    const s = atLoginPage()
    const typed = getNextSnapshot(machine, s, {
      type: 'form.submit',
      surface: 'browser',
      fields: { username: 'bob', password: 'x' },
    })
    expect(typed.context.submission).toEqual({ fields: { username: 'bob', password: 'x' } })
    expect(getNextSnapshot(machine, s, next).context.submission).toEqual({
      fields: { username: 'alice', password: 'wonderland' },
    })
    expect(done(typed, hop(`${ISSUER}/login`, 400)).value).toBe('loginRejected')
  })

  it('records an actor failure in words and ends in failed', async () => {
    const broken = machine.provide({
      actors: {
        startAuthorization: fromPromise<AuthorizationStart>(() =>
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
