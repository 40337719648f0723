import type { FlowModule } from '../../flows/kit/flow-module'
import type { FlowLab } from '../../flows/kit/flow-lab'
import { createFlowSession, type FlowSession } from '../../flows/flow-session'

interface Kept {
  flowId: string
  lab: FlowLab
  session: FlowSession
  started: boolean
}

let kept: Kept | undefined

/**
 * The flow session outlives the player's page: a learner who follows an Inspect link to /inspect
 * and comes back (browser Back, or the Flows link) finds the flow at the same step with the same
 * tokens. One session is kept, the last flow's: sessions share the lab's wire and browsers, so
 * opening another flow stops the one before it (and its start sets the lab up afresh).
 */
export function keptFlowSession(
  flow: FlowModule,
  lab: FlowLab,
  switches: Readonly<Record<string, boolean>> = {},
): FlowSession {
  if (kept?.flowId === flow.id && kept.lab === lab) return kept.session
  kept?.session.dispose()
  kept = { flowId: flow.id, lab, session: createFlowSession(flow, lab, switches), started: false }
  return kept.session
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
