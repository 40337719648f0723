import { describe, expect, it } from 'vitest'
import { decodeJwt } from 'jose'
import { createLab } from '../wire/lab'
import { flow as authorizationCodePkceFlow } from './authorization-code-pkce/authorization-code-pkce.flow'
import { createFlowSession, type FlowSession } from './flow-session'

const jtiAt = (session: FlowSession, index: number) => {
  const token = session.getState().steps[index]?.tokens.find((t) => t.name === 'access_token')
  return token ? decodeJwt(token.value).jti : undefined
}
const ids = (session: FlowSession) => session.getState().steps.map((step) => step.stepId)

describe('flow session over the Authorization Code + PKCE flow', () => {
  it('records the first step on start: a local step with PKCE facts and no exchange', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    expect(session.getState().status).toBe('starting')
    await session.start()
    const state = session.getState()
    expect(state.status).toBe('ready')
    expect(state.cursor).toBe(0)
    const [first] = state.steps
    expect(first?.stepId).toBe('pkce')
    expect(first?.exchanges).toEqual([])
    expect(first?.facts.map((fact) => fact.label)).toContain('code_verifier (kept secret)')
  })

  it('records each step with the exchanges it made, and its browser page', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.next()
    await session.next()
    const [, authorize, login] = session.getState().steps
    expect(
      authorize?.exchanges.map(
        (e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`,
      ),
    ).toEqual(['GET /authorize 302'])
    expect(login?.exchanges.map((e) => new URL(e.request.url).pathname)).toEqual(['/login'])
    expect(login?.pages.browser?.body).toContain('name="password"')
    expect(login?.accepts).toEqual({
      form: { surface: 'browser', fields: { username: 'alice', password: 'wonderland' } },
      choices: [],
    })
  })

  it('goes back and forward over the same recorded values, then continues at the end', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.goTo(8)
    expect(ids(session).at(-1)).toBe('tokenResponse')
    const jti = jtiAt(session, 8)
    expect(jti).toMatch(/.+/)
    session.previous()
    session.previous()
    expect(session.getState().cursor).toBe(6)
    await session.next()
    await session.next()
    expect(session.getState().cursor).toBe(8)
    expect(session.getState().steps).toHaveLength(9)
    expect(jtiAt(session, 8)).toBe(jti)
    await session.next()
    expect(session.getState().steps).toHaveLength(10)
    expect(ids(session).at(-1)).toBe('apiRequest')
  })

  it('runs forward to a deep-linked step and stops at the end of the flow', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.goTo(99)
    const state = session.getState()
    expect(ids(session)).toEqual(authorizationCodePkceFlow.plan)
    expect(state.cursor).toBe(10)
    expect(state.steps.at(-1)?.final).toBe(true)
    expect(state.steps.at(-1)?.facts[1]?.value).toMatch(/^[1-9]\d*: /)
    await session.next()
    expect(session.getState().steps).toHaveLength(11)
  })

  it('takes the learner’s Deny from the consent page to the access_denied end', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.goTo(4)
    expect(session.getState().steps[4]?.accepts).toEqual({
      form: { surface: 'browser', fields: {}, submitter: 'approve' },
      choices: [expect.objectContaining({ event: 'choice.deny', label: 'Deny' })],
    })
    await session.next({ type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' })
    await session.next()
    await session.next()
    expect(ids(session).slice(4)).toEqual([
      'consentPage',
      'denial',
      'deniedCallback',
      'accessDenied',
    ])
    expect(session.getState().steps.at(-1)?.pages.browser?.url).toContain('error=access_denied')
  })

  it('restarts with a fresh browser, an empty wire and a new token', async () => {
    const lab = createLab()
    const session = createFlowSession(authorizationCodePkceFlow, lab)
    await session.start()
    await session.goTo(8)
    const before = jtiAt(session, 8)
    await session.restart()
    expect(session.getState().steps).toHaveLength(1)
    expect(lab.wire.exchanges()).toHaveLength(0)
    expect(lab.browser().cookies()).toHaveLength(0)
    await session.goTo(8)
    // A fresh browser has no session cookie, so Alice signs in again.
    expect(ids(session)[3]).toBe('credentials')
    expect(jtiAt(session, 8)).not.toBe(before)
  })

  it('notifies subscribers of every change and ignores steps queued before a restart', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    const seen: string[] = []
    session.subscribe((state) => seen.push(`${state.status}:${state.cursor}`))
    await session.start()
    void session.next()
    void session.next()
    await session.restart()
    expect(session.getState().steps.map((step) => step.stepId)).toEqual(['pkce'])
    expect(seen).toContain('running:-1')
    expect(seen.at(-1)).toBe('ready:0')
  })

  it('skips ahead at the recorded end: the step keeps the new time, the server answers for it', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.goTo(6)
    const callback = session.getState().steps[6]
    expect(callback?.stepId).toBe('callback')
    const before = callback?.clock.at ?? 0
    await session.skipAhead(61)
    const skipped = session.getState().steps[6]
    expect(skipped?.clock).toEqual({ at: before + 61_000, waited: 0, skipped: 61 })
    await session.next()
    await session.next()
    expect(ids(session).slice(7)).toEqual(['tokenRequest', 'tokenError'])
    const error = session
      .getState()
      .steps.at(-1)
      ?.facts.find((fact) => fact.label === 'error')
    expect(error?.value).toBe('invalid_grant')
  })

  it('does not skip ahead from a step in the recorded past', async () => {
    const session = createFlowSession(authorizationCodePkceFlow, createLab())
    await session.start()
    await session.next()
    session.previous()
    await session.skipAhead(3600)
    expect(session.getState().steps.map((step) => step.clock.skipped)).toEqual([0, 0])
  })

  it('sets the lab up for its flow on start, undoing what another flow asked for', async () => {
    const lab = createLab()
    lab.configure({ profile: 'rfc6749', defences: { requirePkce: false } })
    const session = createFlowSession(authorizationCodePkceFlow, lab)
    await session.start()
    expect(lab.authorizationServer.profile).toBe('oauth2.1')
    expect(lab.authorizationServer.defences.requirePkce).toBe(true)
  })

  it('flips a switch: a fresh run, with the servers set up as the switch says', async () => {
    const lab = createLab()
    const switched = {
      ...authorizationCodePkceFlow,
      switches: [{ id: 'pkce', label: 'PKCE', on: 'required', off: 'not required', default: true }],
      server: (switches: Readonly<Record<string, boolean>>) => ({
        defences: { requirePkce: switches.pkce === true },
      }),
    }
    const session = createFlowSession(switched, lab)
    await session.start()
    await session.next()
    expect(session.getState().switches).toEqual({ pkce: true })
    expect(lab.authorizationServer.defences.requirePkce).toBe(true)
    await session.setSwitches({ pkce: false })
    expect(session.getState().switches).toEqual({ pkce: false })
    expect(session.getState().steps).toHaveLength(1)
    expect(lab.authorizationServer.defences.requirePkce).toBe(false)
  })
})
