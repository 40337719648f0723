import type { FlowSessionSnapshot } from '../flows/flow-session'
import type { LabSnapshot } from '../wire/lab'

/**
 * The flow run a tab keeps across a reload (a presenter's F5): one run, the last flow's, in the
 * tab's session storage, which the browser keeps for that tab alone and drops when it closes. It
 * holds the lab (servers with their private signing keys, records, clock, wire, browsers) and the
 * flow session, saved together so they always match.
 */
export interface SavedRun {
  format: typeof SAVED_RUN_FORMAT
  flowId: string
  lab: LabSnapshot
  session: FlowSessionSnapshot
}

/** Bump when the envelope changes; each part (lab, servers, session) has its own format too. */
export const SAVED_RUN_FORMAT = 1
export const SAVED_RUN_KEY = 'oauth-flow-lab:run'

/** The tab's session storage, or undefined where there is none (Node, a storage-less iframe). */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}

/**
 * The saved run as stored, unchecked past its envelope (each part checks itself when restored),
 * or a problem in words when something is stored that cannot be read. Nothing stored: neither.
 */
export function readSavedRun(): { run?: SavedRun; problem?: string } {
  const text = storage()?.getItem(SAVED_RUN_KEY)
  if (text === null || text === undefined) return {}
  try {
    const run = JSON.parse(text) as Partial<SavedRun> | null
    if (run?.format !== SAVED_RUN_FORMAT)
      return { problem: 'it was saved by another version of the lab' }
    if (typeof run.flowId !== 'string') return { problem: 'it names no flow' }
    return { run: run as SavedRun }
  } catch {
    return { problem: 'it is damaged (not complete JSON)' }
  }
}

/** Replaces the saved run; false when the tab has no room for it (or no storage). */
export function writeSavedRun(run: Omit<SavedRun, 'format'>): boolean {
  const target = storage()
  if (!target) return false
  try {
    target.setItem(SAVED_RUN_KEY, JSON.stringify({ format: SAVED_RUN_FORMAT, ...run }))
    return true
  } catch {
    // Over quota: a stale run must not come back in place of this one.
    target.removeItem(SAVED_RUN_KEY)
    return false
  }
}

export function clearSavedRun(): void {
  storage()?.removeItem(SAVED_RUN_KEY)
}
