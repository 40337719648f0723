import { createFlowSession, type SessionStep } from '../../flows/flow-session'
import type { FlowModule } from '../../flows/kit/flow-module'
import { createLab } from '../../wire/lab'

/**
 * Runs a flow's plan (Next step all the way) against real servers in a lab of its own, so that
 * the comparison shows what the flow really sends, not what a table says it sends; the page's own
 * lab, which the player and the inspector share, is left alone.
 */
export async function runPlan(flow: FlowModule): Promise<readonly SessionStep[]> {
  const session = createFlowSession(flow, createLab())
  try {
    await session.start()
    await session.goTo(flow.plan.length - 1)
    const state = session.getState()
    if (state.status === 'error') throw new Error(state.error ?? 'the flow stopped')
    return state.steps
  } finally {
    session.dispose()
  }
}
