import { useRef } from 'react'
import type { FlowModule } from '../../flows/kit/flow-module'
import { useSwipe } from './use-swipe'
import { FlowSwitches } from './flow-switches'
import { NarrationPanel } from './narration-panel'
import { PlayerHeader } from './player-header'
import type { PlayerModel } from './player-model'
import type { PlayerView } from './player-view'
import { QuizCard } from './quiz/quiz-card'
import { RelatedFlowLinks } from './related-flow-links'
import type { QuizState } from './quiz/use-quiz'
import { SequencePanel } from './sequence/sequence-panel'
import { StepDiagram } from './step-diagram'
import { StepPanels } from './step-panels'
import { StepTimeline } from './step-timeline'
import { StepSurfaces } from './surfaces/step-surfaces'

/**
 * The player as a page: the header with the controls and the lab clock, the diagram and the flow's
 * windows beside the narration and the step list, the HTTP and the tokens below. On a phone the
 * parts stack in reading order: diagram, narration, windows, HTTP, steps.
 */
export function PageLayout({
  flow,
  model,
  onPresent,
  onSpeaker,
  view,
  onView,
  onPrint,
  quiz,
}: {
  flow: FlowModule
  model: PlayerModel
  quiz: QuizState
  onPresent(): void
  onSpeaker(): void
  view: PlayerView
  onView(view: PlayerView): void
  onPrint(): void
}) {
  const { step, state, total, switches } = model
  const diagramArea = useRef<HTMLDivElement>(null)
  const narrationArea = useRef<HTMLDivElement>(null)
  useSwipe(diagramArea, model.actions.next, model.actions.previous)
  useSwipe(narrationArea, model.actions.next, model.actions.previous)
  return (
    <div className="mx-auto max-w-screen-2xl px-3 pb-24 sm:px-4 sm:pb-12 print:hidden">
      <PlayerHeader
        title={flow.summary.title}
        model={model}
        onPresent={onPresent}
        onSpeaker={onSpeaker}
        view={view}
        onView={onView}
        quiz={quiz}
      />
      <FlowSwitches switches={switches.switches} state={switches.state} onFlip={switches.flip} />
      {model.runningTo !== undefined && (
        <p
          role="status"
          className="mt-3 rounded-md border border-blue-700 bg-blue-50 px-4 py-2 text-base text-blue-950"
        >
          Running the flow forward to step {model.runningTo}…
        </p>
      )}
      {model.notice && (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-4 py-2 text-base text-amber-950"
        >
          {model.notice.text}
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
        <div
          data-testid="player-body"
          className="mt-4 flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:items-start"
        >
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div ref={diagramArea} className="order-1 touch-pan-y">
              {view === 'sequence' ? (
                <SequencePanel flow={flow} items={model.items} onPrint={onPrint} />
              ) : (
                <StepDiagram stage={flow.stage} step={step} total={total} />
              )}
            </div>
            {flow.stage.surfaces.length > 0 && (
              <div className="order-3 space-y-4">
                <StepSurfaces
                  surfaces={flow.stage.surfaces}
                  step={step}
                  past={!model.atRecordedEnd}
                  onEvent={model.onWindowEvent}
                  onTyped={model.actions.typed}
                />
              </div>
            )}
          </div>
          <div className="contents lg:block lg:min-w-0 lg:space-y-4">
            <div ref={narrationArea} className="order-2 touch-pan-y">
              {quiz.card && (
                <div className="mb-4 text-lg">
                  <QuizCard
                    quiz={quiz.card.quiz}
                    revealed={quiz.card.revealed}
                    chosen={quiz.card.chosen}
                    onChoose={quiz.choose}
                  />
                </div>
              )}
              <NarrationPanel
                number={step.index + 1}
                total={total}
                meta={step.meta}
                facts={step.facts}
                cast={flow.stage.cast}
                waited={step.clock.waited}
                clientInBrowser={flow.comparison?.clientRunsIn === 'browser'}
              />
            </div>
            <div className="order-5">
              <StepTimeline items={model.items} />
            </div>
          </div>
          <div className="order-4 min-w-0 lg:col-span-2">
            <StepPanels
              flowTitle={flow.summary.title}
              cast={flow.stage.cast}
              step={step}
              steps={state.steps}
              cursor={state.cursor}
              numbers={model.numbers}
            />
          </div>
        </div>
      )}
      {/* Only under a step: shown before it, the step's arrival would push it down (a shift). */}
      {step && <RelatedFlowLinks summary={flow.summary} />}
    </div>
  )
}
