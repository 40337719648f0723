import { useCallback, useMemo } from 'react'
import type { FlowModule, LearnerEvent } from '../../flows/kit/flow-module'
import type { FlowLab } from '../../flows/kit/flow-lab'
import type { StepChoice } from '../../flows/kit/step-meta'
import { branchesOf, planOf } from '../../flows/kit/switches'
import { numberExchanges } from '../../flows/step-numbers'
import { focusStepTitle } from './step-title'
import { timeline } from './timeline'
import { useFlowSession } from './use-flow-session'
import { useFlowSwitches } from './use-flow-switches'
import { usePlayerActions } from './use-player-actions'
import { useStepUrl } from './use-step-url'

/**
 * Everything the player's layouts project, derived once from the session: the step on screen, what
 * the controls may do, the step list, one number per message, and the learner's actions.
 */
export function usePlayerModel(flow: FlowModule, lab: FlowLab) {
  const { session, state } = useFlowSession(flow, lab)
  // The run Next step takes with this run's switches (an attack a defence stops is shorter).
  const plannedFlow = useMemo(
    () => ({
      ...flow,
      plan: planOf(flow, state.switches),
      branches: branchesOf(flow, state.switches),
    }),
    [flow, state.switches],
  )
  const url = useStepUrl(session, state, plannedFlow.plan.length)
  const switches = useFlowSwitches(session, state)
  const step = state.steps[state.cursor]
  const atRecordedEnd = state.cursor === state.steps.length - 1
  const busy = state.status === 'running' || state.status === 'starting'
  const canNext = state.status !== 'error' && step !== undefined && !(atRecordedEnd && step.final)
  const actions = usePlayerActions(
    session,
    canNext,
    step && { index: step.index, narration: step.meta.narration },
  )
  const items = useMemo(
    () => timeline(plannedFlow, state.steps, state.cursor),
    [plannedFlow, state.steps, state.cursor],
  )
  const numbers = useMemo(
    () =>
      numberExchanges(state.steps, (index) => {
        const item = items[index]
        return item !== undefined && flow.steps[item.stepId]?.response === true
      }),
    [state.steps, items, flow.steps],
  )
  // A click or a form sent inside a window leaves the focus in its frame, where the player's keys
  // (a clicker's PageDown) cannot reach; the focus comes back to the step's title.
  const onWindowEvent = useCallback(
    (event: LearnerEvent) => {
      actions.send(event)
      focusStepTitle()
    },
    [actions],
  )
  // The chosen button goes with the step it belonged to: the focus goes to the step's title rather
  // than to <body>, where a clicker's scrolling keys (PageDown, Home) are not the player's.
  const choose = useCallback(
    (choice: StepChoice) => {
      actions.send({ type: choice.event })
      focusStepTitle()
    },
    [actions],
  )
  return {
    session,
    state,
    plannedFlow,
    step,
    previous: state.steps[state.cursor - 1],
    atRecordedEnd,
    busy,
    canNext,
    canPrevious: state.cursor > 0,
    choices: atRecordedEnd && !busy ? (step?.accepts.choices ?? []) : [],
    actions,
    items,
    total: items.length,
    numbers,
    switches,
    notice: url.notice,
    runningTo: url.runningTo,
    onWindowEvent,
    choose,
  }
}

export type PlayerModel = ReturnType<typeof usePlayerModel>
