import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose'
import type { AnyActorRef } from 'xstate'
import { describe, expect, it } from 'vitest'
import { SnapshotError } from '../protocol/snapshot-data'
import { createLab, restoreLab, type Lab } from '../wire/lab'
import { flow as authorizationCodePkce } from './authorization-code-pkce/authorization-code-pkce.flow'
import { createFlowSession, restoreFlowSession, type FlowSession } from './flow-session'
import { FLOWS } from './registry'
import { everySwitchSetting, planOf } from './kit/switches'
import { snapshotSession, type FlowSessionSnapshot } from './session-snapshot'

/** A page reload: the saved run goes through JSON (session storage) and comes back. */
interface Saved {
  lab: unknown
  session: FlowSessionSnapshot
}
function save(lab: Lab, session: FlowSession): Saved {
  const snapshot = session.snapshot()
  if (!snapshot) throw new Error('the session is not at rest')
  return JSON.parse(JSON.stringify({ lab: lab.snapshot(), session: snapshot })) as Saved
}
async function reload(flow: FlowSession['flow'], saved: Saved) {
  const lab = await restoreLab(saved.lab)
  return { lab, session: restoreFlowSession(flow, lab, saved.session) }
}
/** What the player shows of a step, as data (meta, exchanges and pages included). */
const shown = (session: FlowSession) => JSON.parse(JSON.stringify(session.getState().steps))
const ids = (session: FlowSession) => session.getState().steps.map((step) => step.stepId)

describe.each(FLOWS.map((entry) => [entry.summary.id, entry] as const))(
  'a saved run of %s',
  (_id, entry) => {
    // With every setting of an attack's switches: with a defence off, later steps read what
    // Mallory's site logged before the reload.
    it('restores at every step to the same steps, and Next step goes on to the end of the plan', async () => {
      const flow = await entry.load()
      for (const switches of everySwitchSetting(flow)) {
        const plan = planOf(flow, switches)
        const lab = createLab()
        const session = createFlowSession(flow, lab, switches)
        await session.start()
        const saves: Saved[] = [save(lab, session)]
        while (!session.getState().steps.at(-1)?.final) {
          await session.next()
          expect(session.getState().status).toBe('ready')
          saves.push(save(lab, session))
        }
        expect(ids(session)).toEqual(plan)
        for (const [k, saved] of saves.entries()) {
          const restored = await reload(flow, saved)
          expect(restored.session.getState()).toMatchObject({ status: 'ready', cursor: k })
          expect(shown(restored.session)).toEqual(shown(session).slice(0, k + 1))
          await restored.session.goTo(99)
          const where = `${JSON.stringify(switches)}, restored at step ${k + 1}`
          expect(ids(restored.session), where).toEqual(plan)
          expect(restored.session.getState().status, where).toBe('ready')
        }
      }
    }, 120_000)
  },
)

describe('a saved Authorization Code + PKCE run', () => {
  it('redeems after the reload the code issued before it, and the token issued before a second reload verifies and reads the photos', async () => {
    const lab = createLab()
    const session = createFlowSession(authorizationCodePkce, lab)
    await session.start()
    await session.goTo(6)
    expect(ids(session).at(-1)).toBe('callback')
    const restored = await reload(authorizationCodePkce, save(lab, session))
    await restored.session.next()
    await restored.session.next()
    const step = restored.session.getState().steps.at(-1)
    expect(step?.stepId).toBe('tokenResponse')
    const accessToken = step?.tokens.find((token) => token.name === 'access_token')?.value ?? ''
    expect(decodeJwt(accessToken).sub).toBe('alice')
    // The code was the one the first lab issued: the token request's body names it.
    const callback = new URL(lab.callbacks['photo-spa']?.lastCallback() ?? '')
    const request = restored.session.getState().steps[7]?.exchanges[0]?.request.body ?? ''
    expect(new URLSearchParams(request).get('code')).toBe(callback.searchParams.get('code'))
    // A second reload: the token issued before it still verifies, and the API takes it.
    const again = await reload(authorizationCodePkce, save(restored.lab, restored.session))
    const keys = createLocalJWKSet(await again.lab.authorizationServer.jwks())
    await jwtVerify(accessToken, keys, { currentDate: new Date(again.lab.clock.now()) })
    await again.session.next()
    await again.session.next()
    expect(ids(again.session).slice(-2)).toEqual(['apiRequest', 'photos'])
    const api = again.session.getState().steps[9]?.exchanges[0]
    expect(api?.request.headers).toContainEqual(['authorization', `Bearer ${accessToken}`])
    expect(api?.response.status).toBe(200)
  })

  it('refuses a save of another flow, of an unknown step, or over a lab that is not its own', async () => {
    const lab = createLab()
    const session = createFlowSession(authorizationCodePkce, lab)
    await session.start()
    await session.goTo(3)
    const saved = save(lab, session)
    const other = await FLOWS[1]!.load()
    await expect(reload(other, saved)).rejects.toThrow(/is of authorization-code-pkce/)
    const renamed = structuredClone(saved)
    renamed.session.steps[1]!.stepId = 'noSuchStep'
    await expect(reload(authorizationCodePkce, renamed)).rejects.toThrow(/no step noSuchStep/)
    const behind = structuredClone(saved)
    behind.session.steps.pop()
    behind.session.cursor = 2
    await expect(reload(authorizationCodePkce, behind)).rejects.toThrow(/not at rest on/)
    const badState = structuredClone(saved)
    badState.session.machine.value = 'nowhere'
    await expect(reload(authorizationCodePkce, badState)).rejects.toThrow(SnapshotError)
    expect(() => restoreFlowSession(authorizationCodePkce, createLab(), saved.session)).toThrow(
      /Exchange 1 is not on the restored wire/,
    )
  })

  it('is only taken at rest, and only of a machine whose context is plain data', async () => {
    const session = createFlowSession(authorizationCodePkce, createLab())
    expect(session.snapshot()).toBeUndefined()
    const running = session.start()
    expect(session.snapshot()).toBeUndefined()
    await running
    const actor = (context: Record<string, unknown>) =>
      ({
        getPersistedSnapshot: () => ({ value: 'pkce', context, children: {} }),
      }) as unknown as AnyActorRef
    const state = { ...session.getState() }
    expect(snapshotSession(authorizationCodePkce, state, actor({ lab: {}, n: 1 })).machine).toEqual(
      { value: 'pkce', context: { n: 1 }, children: {} },
    )
    expect(() => snapshotSession(authorizationCodePkce, state, actor({ at: new Date() }))).toThrow(
      /context.at is a Date, not plain data/,
    )
  })
})
