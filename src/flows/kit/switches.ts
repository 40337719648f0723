import type { LabSetup } from '../../wire/lab'
import type { FlowModule, SwitchState } from './flow-module'

/** The switches' settings a run starts with: each switch's default, then what the learner chose. */
export function switchState(
  flow: Pick<FlowModule, 'switches'>,
  chosen: Readonly<Record<string, boolean>> = {},
): SwitchState {
  const state: Record<string, boolean> = {}
  for (const item of flow.switches ?? [])
    state[item.id] = Object.hasOwn(chosen, item.id) ? chosen[item.id] === true : item.default
  return state
}

/** The lab set-up a flow asks for with these switches. */
export function serverSetup(flow: Pick<FlowModule, 'server'>, switches: SwitchState): LabSetup {
  return typeof flow.server === 'function' ? flow.server(switches) : flow.server
}
