import type { FlowModule } from './flow-module'
import { branchesOf, everySwitchSetting, planOf, switchState } from './switches'

/**
 * Declares a flow and checks, once at load time, that its parts agree: every planned step and
 * branch has teaching text, every cast member has a place in both layouts, every link and surface
 * names a cast member. A mistake fails the flow's own tests instead of drawing a broken stage.
 */
export function defineFlow(flow: FlowModule): FlowModule {
  const problems: string[] = []
  const { cast, layout, links, surfaces } = flow.stage
  const known = (id: string) => Object.hasOwn(flow.steps, id)
  for (const id of flow.plan) if (!known(id)) problems.push(`plan step ${id} has no meta`)
  if (flow.planFor) {
    for (const setting of everySwitchSetting(flow))
      for (const id of planOf(flow, setting))
        if (!known(id)) problems.push(`plan step ${id} (${JSON.stringify(setting)}) has no meta`)
    if (planOf(flow, switchState(flow)).join() !== flow.plan.join())
      problems.push('planFor(the default switches) is not the plan')
  }
  if (
    flow.branchesFor &&
    JSON.stringify(branchesOf(flow, switchState(flow))) !== JSON.stringify(flow.branches)
  )
    problems.push('branchesFor(the default switches) is not the branches')
  for (const setting of everySwitchSetting(flow))
    for (const [from, next] of Object.entries(branchesOf(flow, setting)))
      for (const id of [from, ...next])
        if (!known(id)) problems.push(`branch step ${id} has no meta`)
  for (const role of Object.keys(cast) as (keyof typeof cast)[]) {
    if (!layout.wide[role]) problems.push(`${role} has no place in the wide layout`)
    if (!layout.narrow[role]) problems.push(`${role} has no place in the narrow layout`)
  }
  for (const [a, b] of links)
    if (!cast[a] || !cast[b]) problems.push(`the link ${a}–${b} names a role outside the cast`)
  for (const surface of surfaces)
    if (!cast[surface.role])
      problems.push(`surface ${surface.id} belongs to ${surface.role}, not in the cast`)
  for (const [id, meta] of Object.entries(flow.steps)) {
    for (const role of [meta.from, meta.to, ...(meta.involved ?? [])])
      if (!cast[role]) problems.push(`step ${id} involves ${role}, not in the cast`)
    if (meta.form && !surfaces.some((surface) => surface.id === meta.form?.surface))
      problems.push(`step ${id} has a form on ${meta.form.surface}, which is no surface`)
  }
  if (problems.length > 0)
    throw new Error(`The flow ${flow.id} is inconsistent: ${problems.join('; ')}.`)
  return flow
}
