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

/** The run Next step takes with these switches: the flow's plan for them (see FlowModule.planFor). */
export function planOf(
  flow: Pick<FlowModule, 'plan' | 'planFor'>,
  switches: SwitchState,
): readonly string[] {
  return flow.planFor?.(switches) ?? flow.plan
}

/** Where Next step leads off the plan with these switches (see FlowModule.branchesFor). */
export function branchesOf(
  flow: Pick<FlowModule, 'branches' | 'branchesFor'>,
  switches: SwitchState,
): FlowModule['branches'] {
  return flow.branchesFor?.(switches) ?? flow.branches
}

/** Every setting of the flow's switches: 2^n of them, the defaults first. */
export function everySwitchSetting(flow: Pick<FlowModule, 'switches'>): SwitchState[] {
  let settings: Record<string, boolean>[] = [{}]
  for (const item of flow.switches ?? [])
    settings = settings.flatMap((setting) => [
      { ...setting, [item.id]: item.default },
      { ...setting, [item.id]: !item.default },
    ])
  return settings
}
