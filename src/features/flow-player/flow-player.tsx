import { useCallback, useMemo, useRef } from 'react'
import type { FlowDefinition, LearnerEvent } from '../../flows/flow-definition'
import type { FlowLab } from '../../flows/flow-lab'
import { BrowserWindow } from './browser/browser-window'
import { KeyHint } from './key-hint'
import { NarrationPanel } from './narration-panel'
import { PlayerControls } from './player-controls'
import { StepPanels } from './step-panels'
import { StepTimeline } from './step-timeline'
import { timeline } from './timeline'
import { useAutoplay } from './use-autoplay'
import { useFlowSession } from './use-flow-session'
import { usePlayerKeys } from './use-player-keys'
import { useStepUrl } from './use-step-url'
import { StepDiagram } from './step-diagram'

/** What a recorded step in the past accepts: nothing. One array, so the memoised browser window keeps its props. */
const NO_EVENTS: readonly LearnerEvent['type'][] = []

export interface FlowPlayerProps {
  flow: FlowDefinition
  title: string
  lab: FlowLab & { clock?: { now(): number } }
}

/**
 * One flow, step by step: diagram, narration, browser window, HTTP and tokens, with its controls.
 * The parts are memoised and get stable props, so the session's "running" flip on Next re-renders
 * only the controls; the parts re-render once, when the new step is recorded.
 */
export function FlowPlayer({ flow, title, lab }: FlowPlayerProps) {
  const { session, state } = useFlowSession(flow, lab)
  const { notice, runningTo } = useStepUrl(session, state, flow.plannedSteps.length)
  const typed = useRef<Record<string, string> | undefined>(undefined)

  const step = state.steps[state.cursor]
  const atRecordedEnd = state.cursor === state.steps.length - 1
  const busy = state.status === 'running' || state.status === 'starting'
  const canNext = state.status !== 'error' && step !== undefined && !(atRecordedEnd && step.final)
  const items = useMemo(
    () => timeline(flow, state.steps, state.cursor),
    [flow, state.steps, state.cursor],
  )

  const next = useCallback(() => {
    if (!session) return
    const now = session.getState()
    const current = now.steps[now.cursor]
    const login = typed.current
    typed.current = undefined
    const atEnd = now.cursor === now.steps.length - 1
    if (atEnd && login?.password !== undefined && current?.accepts.includes('user.login.submit')) {
      void session.next({
        type: 'user.login.submit',
        username: login.username ?? '',
        password: login.password,
      })
    } else void session.next()
  }, [session])
  const { playing, setPlaying } = useAutoplay(next, canNext)
  const restart = useCallback(() => {
    setPlaying(false)
    typed.current = undefined
    void session?.restart()
  }, [session, setPlaying])
  const previous = useCallback(() => session?.previous(), [session])
  const keyActions = useMemo(() => ({ next, previous, restart }), [next, previous, restart])
  usePlayerKeys(keyActions)

  const send = useCallback(
    (event: LearnerEvent) => {
      typed.current = undefined
      void session?.next(event)
    },
    [session],
  )
  const onTyped = useCallback((fields: Record<string, string>) => {
    typed.current = fields
  }, [])

  const total = items.length
  return (
    <div className="mx-auto max-w-screen-2xl px-3 pb-24 sm:px-4 sm:pb-12">
      <div className="-mx-3 flex sm:sticky sm:top-0 sm:z-20 flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50 px-3 py-3 sm:-mx-4 sm:px-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <PlayerControls
          canPrevious={state.cursor > 0}
          canNext={canNext}
          busy={busy}
          playing={playing}
          onPrevious={previous}
          onNext={next}
          onRestart={restart}
          onTogglePlay={() => setPlaying(!playing)}
        />
        <KeyHint />
      </div>
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
            : 'Starting the flow: the client is preparing its first step…'}
        </p>
      ) : (
        <div className="mt-4 flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:items-start">
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div className="order-1">
              <StepDiagram step={step} total={total} />
            </div>
            <div className="order-3">
              <BrowserWindow
                page={step.browser}
                active={step.meta.channel === 'front'}
                accepts={atRecordedEnd ? step.accepts : NO_EVENTS}
                past={!atRecordedEnd}
                onEvent={send}
                onTyped={onTyped}
              />
            </div>
          </div>
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div className="order-2">
              <NarrationPanel
                number={step.index + 1}
                total={total}
                meta={step.meta}
                facts={step.facts}
              />
            </div>
            <div className="order-5">
              <StepTimeline items={items} />
            </div>
          </div>
          <div className="order-4 min-w-0 lg:col-span-2">
            <StepPanels
              flowTitle={title}
              step={step}
              steps={state.steps}
              cursor={state.cursor}
              now={lab.clock?.now}
            />
          </div>
        </div>
      )}
    </div>
  )
}
