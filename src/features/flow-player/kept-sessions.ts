import type { FlowModule } from '../../flows/kit/flow-module'
import { createFlowSession, restoreFlowSession, type FlowSession } from '../../flows/flow-session'
import type { FlowLab } from '../../flows/kit/flow-lab'
import {
  discardSavedRun,
  loadedAppLab,
  takeRestoreNotices,
  takeSavedSession,
} from '../../shared/app-lab'
import { keepRunSaved } from '../../shared/run-saver'

interface Kept {
  flowId: string
  lab: FlowLab
  session: FlowSession
  started: boolean
  /** Why a run saved before a reload did not come back, for the player to show. */
  notices: readonly string[]
  stopSaving(): void
}

let kept: Kept | undefined

/**
 * The flow session outlives the player's page: a learner who follows an Inspect link to /inspect
 * and comes back (browser Back, or the Flows link) finds the flow at the same step with the same
 * tokens. One session is kept, the last flow's: sessions share the lab's wire and browsers, so
 * opening another flow stops the one before it (and its start sets the lab up afresh). After a
 * reload, the run the tab saved comes back here (restored over the restored page's lab), and the
 * kept session is saved again after each step (shared/run-saver.ts).
 */
export function keptFlowSession(
  flow: FlowModule,
  lab: FlowLab,
  switches: Readonly<Record<string, boolean>> = {},
): FlowSession {
  if (kept?.flowId === flow.id && kept.lab === lab) return kept.session
  kept?.stopSaving()
  kept?.session.dispose()
  // Only the page's own lab is saved in the tab, and brought back.
  const appLab = loadedAppLab() === lab ? loadedAppLab() : undefined
  const saved = appLab && takeSavedSession(flow.id)
  let session: FlowSession | undefined
  if (saved !== undefined)
    try {
      session = restoreFlowSession(flow, lab, saved)
    } catch (error) {
      discardSavedRun(error instanceof Error ? error.message : String(error))
    }
  const started = session !== undefined
  session ??= createFlowSession(flow, lab, switches)
  kept = {
    flowId: flow.id,
    lab,
    session,
    started,
    notices: appLab ? takeRestoreNotices() : [],
    stopSaving: appLab ? keepRunSaved(session, appLab) : () => undefined,
  }
  return session
}

/** Why the tab's saved run did not come back, when this session was to take its place. */
export function keptNotices(session: FlowSession): readonly string[] {
  return kept?.session === session ? kept.notices : []
}

/** Starts the kept session the first time a player shows it; later visits resume it as it is. */
export function startOnce(session: FlowSession): void {
  if (kept?.session !== session || kept.started) return
  kept.started = true
  void session.start()
}

/** Whether the session has recorded at least one step (so a visit should resume, not begin). */
export function hasProgress(session: FlowSession): boolean {
  return session.getState().steps.length > 0
}
