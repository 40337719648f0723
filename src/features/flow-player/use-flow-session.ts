import { useEffect, useState, useSyncExternalStore } from 'react'
import type { FlowDefinition } from '../../flows/flow-definition'
import type { FlowLab } from '../../flows/flow-lab'
import { createFlowSession, type FlowSession, type FlowSessionState } from '../../flows/flow-session'

/**
 * One flow session for as long as the player shows `flow`: started on mount, stopped on unmount.
 * Under React's development double-mount the second start simply begins afresh (a stopped
 * session drops what it had queued).
 */
export function useFlowSession(flow: FlowDefinition, lab: FlowLab): { session: FlowSession; state: FlowSessionState } {
  const [session] = useState(() => createFlowSession(flow, lab))
  useEffect(() => {
    void session.start()
    return () => session.dispose()
  }, [session])
  const state = useSyncExternalStore(session.subscribe, session.getState)
  return { session, state }
}
