import type { FlowModule } from '../../flows/kit/flow-module'
import { upcomingSteps } from '../../flows/kit/plan'
import type { StepOutcome } from '../../flows/kit/step-meta'
import type { SessionStep } from '../../flows/flow-session'

export interface TimelineItem {
  /** 1-based, as in ?step=N. */
  number: number
  stepId: string
  title: string
  /** current: on screen; done: recorded before it; ahead: recorded after it (after going back); upcoming: not run yet. */
  state: 'done' | 'current' | 'ahead' | 'upcoming'
  outcome?: StepOutcome
}

/** The step list: every recorded step, then the steps Next would still run (the plan, or the branch taken). */
export function timeline(
  flow: Pick<FlowModule, 'plan' | 'branches' | 'steps'>,
  steps: readonly SessionStep[],
  cursor: number,
): TimelineItem[] {
  const recorded: TimelineItem[] = steps.map((step) => ({
    number: step.index + 1,
    stepId: step.stepId,
    title: step.meta.title,
    state: step.index < cursor ? 'done' : step.index === cursor ? 'current' : 'ahead',
    outcome: step.meta.outcome,
  }))
  const upcoming = steps.at(-1)?.final
    ? []
    : upcomingSteps(
        flow,
        steps.map((step) => step.stepId),
      )
  return [
    ...recorded,
    ...upcoming.map((stepId, i) => ({
      number: recorded.length + i + 1,
      stepId,
      title: flow.steps[stepId]?.title ?? stepId,
      state: 'upcoming' as const,
      outcome: flow.steps[stepId]?.outcome,
    })),
  ]
}
