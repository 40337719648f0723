import { useCallback, useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { FlowSession, FlowSessionState } from '../../flows/flow-session'
import { switchState } from '../../flows/kit/switches'
import { readSwitchParam, writeSwitchParam } from './switch-param'

const same = (a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>) =>
  Object.keys({ ...a, ...b }).every((id) => a[id] === b[id])

/**
 * The flow's switches and `?switches=` kept in step: a link sets them (and the run restarts with
 * them); a flip writes the link. A visit without the param keeps the run as it is (back from the
 * inspector), and the param is written back so the link reproduces the run.
 */
export function useFlowSwitches(session: FlowSession, state: FlowSessionState) {
  const switches = useMemo(() => session.flow.switches ?? [], [session.flow])
  const [params, setParams] = useSearchParams()
  const raw = params.get('switches')

  useEffect(() => {
    const chosen = readSwitchParam(raw, switches)
    if (chosen === undefined) return
    // Every switch, not only those the link names: setSwitches merges into the run's settings,
    // so a link back to the defaults (?switches= empty) must say each default, or it never lands.
    const wanted = switchState(session.flow, chosen)
    if (!same(wanted, state.switches)) void session.setSwitches(wanted)
  }, [raw, switches, session, state.switches])

  const flip = useCallback(
    (id: string, on: boolean) => {
      const next = switchState(session.flow, { ...state.switches, [id]: on })
      setParams(
        (previous) => {
          const params = new URLSearchParams(previous)
          const value = writeSwitchParam(next, switches)
          params.delete('step')
          if (value === undefined) params.set('switches', '')
          else params.set('switches', value)
          return params
        },
        { replace: true },
      )
    },
    [session.flow, state.switches, switches, setParams],
  )
  return { switches, state: state.switches, flip }
}
