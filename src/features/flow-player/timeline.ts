import type { FlowDefinition } from '../../flows/flow-definition'
import type { SessionStep } from '../../flows/flow-session'
import type { StepOutcome } from '../../flows/step-meta'

export interface TimelineItem {
  /** 1-based, as in ?step=N. */
  number: number
  stepId: string
  title: string
  /** current: on screen; done: recorded before it; ahead: recorded after it (after going back); upcoming: not run yet. */
  state: 'done' | 'current' | 'ahead' | 'upcoming'
  outcome?: StepOutcome
}

/** The step list: every recorded step, then the steps Next would still run on the default path. */
export function timeline(
  flow: FlowDefinition,
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
  const last = steps.at(-1)
  const upcoming = last ? (last.final ? [] : flow.upcomingAfter(last.stepId)) : flow.plannedSteps
  return [
    ...recorded,
    ...upcoming.map((planned, i) => ({
      number: recorded.length + i + 1,
      stepId: planned.stepId,
      title: planned.meta.title,
      state: 'upcoming' as const,
      outcome: planned.meta.outcome,
    })),
  ]
}
