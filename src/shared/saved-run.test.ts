import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flow } from '../flows/authorization-code-pkce/authorization-code-pkce.flow'
import { createFlowSession, restoreFlowSession } from '../flows/flow-session'
import { SAVED_RUN_KEY } from './saved-run'

/** The tab's session storage, as a Map (Node has none). */
class MemoryStorage {
  readonly items = new Map<string, string>()
  getItem = (key: string) => this.items.get(key) ?? null
  setItem = (key: string, value: string) => void this.items.set(key, String(value))
  removeItem = (key: string) => void this.items.delete(key)
}

let storage: MemoryStorage
beforeEach(() => {
  storage = new MemoryStorage()
  vi.stubGlobal('sessionStorage', storage)
})
afterEach(() => vi.unstubAllGlobals())

/** A fresh page: the app-lab module with nothing loaded yet. */
async function newPage() {
  vi.resetModules()
  return import('./app-lab')
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A fresh page whose flow session the tab keeps saved, started at its first step. */
async function startSavedRun() {
  const page = await newPage()
  const { keepRunSaved } = await import('./run-saver')
  const lab = await page.loadAppLab()
  const session = createFlowSession(flow, lab)
  keepRunSaved(session, lab)
  await session.start()
  return { lab, session }
}

describe('the run a tab keeps across a reload', () => {
  it('is saved after each recorded step and comes back after the reload at the same step', async () => {
    const { lab, session } = await startSavedRun()
    await session.goTo(3)
    await settle()
    const stored = JSON.parse(storage.getItem(SAVED_RUN_KEY) ?? '{}')
    expect(stored.flowId).toBe(flow.id)
    expect(stored.session.steps).toHaveLength(4)

    const reloaded = await newPage()
    const restoredLab = await reloaded.loadAppLab()
    expect(restoredLab.clock.now()).toBe(lab.clock.now())
    expect(reloaded.takeSavedSession('device-authorization')).toBeUndefined()
    const saved = reloaded.takeSavedSession(flow.id)
    const restored = restoreFlowSession(flow, restoredLab, saved)
    expect(restored.getState().steps.map((step) => step.stepId)).toEqual(
      session.getState().steps.map((step) => step.stepId),
    )
    expect(reloaded.takeSavedSession(flow.id)).toBeUndefined()
    expect(reloaded.takeRestoreNotices()).toEqual([])
  })

  it('is cleared by a restart, and replaced by the new run once its first step is recorded', async () => {
    const { session } = await startSavedRun()
    await session.next()
    await settle()
    const before = storage.getItem(SAVED_RUN_KEY)
    const restart = session.restart()
    expect(storage.getItem(SAVED_RUN_KEY)).toBeNull()
    await restart
    await settle()
    const after = JSON.parse(storage.getItem(SAVED_RUN_KEY) ?? '{}')
    expect(after.session.steps).toHaveLength(1)
    expect(storage.getItem(SAVED_RUN_KEY)).not.toBe(before)
  })

  it('is discarded with a notice when it cannot be read, and a fresh lab starts', async () => {
    for (const [stored, reason] of [
      ['{"format":1,"flowId":"x","lab":', /damaged/],
      ['{"format":0}', /another version of the lab/],
      [
        '{"format":1,"flowId":"x","lab":{"format":2}}',
        /saved browsers should be an object, not missing/,
      ],
    ] as const) {
      storage.setItem(SAVED_RUN_KEY, stored)
      const page = await newPage()
      const lab = await page.loadAppLab()
      expect(lab.wire.exchanges()).toEqual([])
      expect(storage.getItem(SAVED_RUN_KEY)).toBeNull()
      const notices = page.takeRestoreNotices()
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatch(reason)
      expect(notices[0]).toMatch(/could not be brought back .* so the lab starts afresh\.$/)
      expect(page.takeRestoreNotices()).toEqual([])
    }
  })
})
