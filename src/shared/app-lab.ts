import type { Lab } from '../wire/lab'
import { afterFirstPaint } from './after-first-paint'
import { clearSavedRun, readSavedRun } from './saved-run'

/** A promise React's `use` can read at once when it has already settled. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown }

let loading: Tracked<Lab> | undefined
let savedSession: { flowId: string; session: unknown } | undefined
let notices: string[] = []

/**
 * The page's one lab (authorization server, resource server, wire, browsers), kept while the page
 * lives, so that a token the flow player issued still verifies in the token inspector against the
 * same keys. Its code (the servers, jose) loads on first use, after the page's first paint. When
 * the tab saved a run before a reload, the lab comes back as it was (keys, records, clock, wire,
 * browsers) and the run waits for its flow's player (takeSavedSession); a saved run that cannot
 * be restored is discarded, with a notice (takeRestoreNotices), and a fresh lab starts.
 */
export function loadAppLab(): Promise<Lab> {
  if (!loading) {
    const promise: Tracked<Lab> = openLab()
    promise.then(
      (value) => Object.assign(promise, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
    )
    loading = promise
  }
  return loading
}

/** The lab once loadAppLab has settled, else undefined. */
export function loadedAppLab(): Lab | undefined {
  return loading?.status === 'fulfilled' ? loading.value : undefined
}

async function openLab(): Promise<Lab> {
  await afterFirstPaint()
  const { createLab, restoreLab } = await import('../wire/lab')
  const { run, problem } = readSavedRun()
  if (problem !== undefined) discardSavedRun(problem)
  if (run) {
    try {
      const lab = await restoreLab(run.lab)
      savedSession = { flowId: run.flowId, session: run.session }
      return lab
    } catch (error) {
      discardSavedRun(error instanceof Error ? error.message : String(error))
    }
  }
  return createLab()
}

/**
 * The saved run of `flowId`, once: the player of that flow restores it over the restored lab.
 * Any other flow finds nothing (and starts afresh, replacing the saved run).
 */
export function takeSavedSession(flowId: string): unknown {
  if (savedSession?.flowId !== flowId) return undefined
  const { session } = savedSession
  savedSession = undefined
  return session
}

/**
 * Forgets the tab's saved run because it cannot be restored (`problem`, in words), and leaves a
 * notice for the page to show: the learner should know why the flow starts again.
 */
export function discardSavedRun(problem: string): void {
  clearSavedRun()
  savedSession = undefined
  const reason = problem.replace(/[.\s]+$/, '')
  notices = [
    ...notices,
    `The run saved in this tab before the reload could not be brought back (${reason}), so the lab starts afresh.`,
  ]
}

/** The notices about a saved run that was discarded, once each. */
export function takeRestoreNotices(): string[] {
  const taken = notices
  notices = []
  return taken
}
