import type { FlowModule } from './flow-module'

/**
 * The steps Next step would still run after the recorded ones: the rest of the plan, or of the
 * branch the run took. The recorded steps are walked along the plan (a step id may repeat, as a
 * poll does); a step off the plan either starts a branch (`flow.branches`) or rejoins the plan
 * where the run left it (a wrong password, then the plan's sign-in again).
 */
export function upcomingSteps(
  flow: Pick<FlowModule, 'plan' | 'branches'>,
  recorded: readonly string[],
): readonly string[] {
  let position = 0
  let branch: string[] | undefined
  for (const id of recorded) {
    const startsBranch = flow.branches[id]
    if (branch && branch[0] === id) branch.shift()
    else if (!branch && flow.plan[position] === id) position++
    else if (startsBranch) branch = [...startsBranch]
  }
  return branch ?? flow.plan.slice(position)
}
