import { useEffect, useState, useSyncExternalStore } from 'react'
import { useSearchParams } from 'react-router'
import type { FlowModule } from '../../flows/kit/flow-module'
import type { FlowLab } from '../../flows/kit/flow-lab'
import type { FlowSession, FlowSessionState } from '../../flows/flow-session'
import { keptFlowSession, startOnce } from './kept-sessions'
import { readSwitchParam } from './switch-param'

/**
 * The flow session the player shows: started on the first visit, and kept when the player
 * unmounts, so a round trip to the token inspector (or the catalogue) keeps the learner's steps,
 * tokens and browsers. After a reload, the run the tab saved comes back (see kept-sessions.ts).
 */
export function useFlowSession(
  flow: FlowModule,
  lab: FlowLab,
): { session: FlowSession; state: FlowSessionState } {
  const [params] = useSearchParams()
  // A link's ?switches= is the first run's: its ?step= then counts along that run's plan.
  const [session] = useState(() =>
    keptFlowSession(flow, lab, readSwitchParam(params.get('switches'), flow.switches ?? [])),
  )
  useEffect(() => startOnce(session), [session])
  const state = useSyncExternalStore(session.subscribe, session.getState)
  return { session, state }
}
