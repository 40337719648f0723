import { useCallback, useMemo } from 'react'
import type { FlowModule, LearnerEvent } from '../../flows/kit/flow-module'
import type { FlowLab } from '../../flows/kit/flow-lab'
import { planOf } from '../../flows/kit/switches'
import { numberExchanges } from '../../flows/step-numbers'
import { NarrationPanel } from './narration-panel'
import { PlayerHeader } from './player-header'
import { StepDiagram } from './step-diagram'
import { StepPanels } from './step-panels'
import { StepTimeline } from './step-timeline'
import { StepSurfaces } from './surfaces/step-surfaces'
import { timeline } from './timeline'
import { FlowSwitches } from './flow-switches'
import { useFlowSession } from './use-flow-session'
import { useFlowSwitches } from './use-flow-switches'
import { usePlayerActions } from './use-player-actions'
import { usePlayerKeys } from './use-player-keys'
import { useStepUrl } from './use-step-url'

export interface FlowPlayerProps {
  flow: FlowModule
  lab: FlowLab
}

/**
 * One flow, step by step: diagram, the flow's windows, narration, step list, HTTP and tokens. The
 * parts are memoised and get stable props, so the session's "running" flip on Next re-renders only
 * the controls; the parts re-render once, when the new step is recorded.
 */
export function FlowPlayer({ flow, lab }: FlowPlayerProps) {
  const { session, state } = useFlowSession(flow, lab)
  // The run Next step takes with this run's switches (an attack a defence stops is shorter).
  const plan = useMemo(() => planOf(flow, state.switches), [flow, state.switches])
  const { notice, runningTo } = useStepUrl(session, state, plan.length)
  const switches = useFlowSwitches(session, state)
  const step = state.steps[state.cursor]
  const atRecordedEnd = state.cursor === state.steps.length - 1
  const busy = state.status === 'running' || state.status === 'starting'
  const canNext = state.status !== 'error' && step !== undefined && !(atRecordedEnd && step.final)
  const actions = usePlayerActions(session, canNext)
  const keyActions = useMemo(
    () => ({ next: actions.next, previous: actions.previous, restart: actions.restart }),
    [actions.next, actions.previous, actions.restart],
  )
  usePlayerKeys(keyActions)

  const items = useMemo(
    () => timeline({ ...flow, plan }, state.steps, state.cursor),
    [flow, plan, state.steps, state.cursor],
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
  const onEvent = useCallback(
    (event: LearnerEvent) => {
      actions.send(event)
      document.getElementById('step-title')?.focus({ preventScroll: true })
    },
    [actions],
  )
  const onTyped = actions.typed
  const choose = useCallback(
    (choice: { event: `choice.${string}` }) => actions.send({ type: choice.event }),
    [actions],
  )
  const total = items.length

  return (
    <div className="mx-auto max-w-screen-2xl px-3 pb-24 sm:px-4 sm:pb-12">
      <PlayerHeader
        title={flow.summary.title}
        step={step}
        atRecordedEnd={atRecordedEnd}
        busy={busy}
        canNext={canNext}
        canPrevious={state.cursor > 0}
        actions={actions}
        onChoose={choose}
      />
      <FlowSwitches switches={switches.switches} state={switches.state} onFlip={switches.flip} />
      <p className="sr-only" role="status" aria-live="polite">
        {step ? `Step ${step.index + 1} of ${total}: ${step.meta.title}` : ''}
      </p>
      {runningTo !== undefined && (
        <p
          role="status"
          className="mt-3 rounded-md border border-blue-700 bg-blue-50 px-4 py-2 text-base text-blue-950"
        >
          Running the flow forward to step {runningTo}…
        </p>
      )}
      {notice && (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-4 py-2 text-base text-amber-950"
        >
          {notice.text}
        </p>
      )}
      {state.status === 'error' && (
        <div
          role="alert"
          className="mt-3 rounded-md border border-rose-700 bg-rose-50 px-4 py-3 text-base text-rose-950"
        >
          <p className="font-semibold">The flow stopped: {state.error}</p>
          <p className="mt-1">Press Restart to run it again with a fresh browser.</p>
        </div>
      )}
      {!step ? (
        <p
          role="status"
          className="mt-6 rounded-xl border border-slate-200 bg-white p-6 text-lg text-slate-800 shadow-sm"
        >
          {state.status === 'error'
            ? 'Nothing to show yet.'
            : 'Starting the flow: preparing its first step…'}
        </p>
      ) : (
        <div className="mt-4 flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:items-start">
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div className="order-1">
              <StepDiagram stage={flow.stage} step={step} total={total} />
            </div>
            {flow.stage.surfaces.length > 0 && (
              <div className="order-3 space-y-4">
                <StepSurfaces
                  surfaces={flow.stage.surfaces}
                  step={step}
                  past={!atRecordedEnd}
                  onEvent={onEvent}
                  onTyped={onTyped}
                />
              </div>
            )}
          </div>
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div className="order-2">
              <NarrationPanel
                number={step.index + 1}
                total={total}
                meta={step.meta}
                facts={step.facts}
                cast={flow.stage.cast}
                waited={step.clock.waited}
              />
            </div>
            <div className="order-5">
              <StepTimeline items={items} />
            </div>
          </div>
          <div className="order-4 min-w-0 lg:col-span-2">
            <StepPanels
              flowTitle={flow.summary.title}
              cast={flow.stage.cast}
              step={step}
              steps={state.steps}
              cursor={state.cursor}
              numbers={numbers}
            />
          </div>
        </div>
      )}
    </div>
  )
}
