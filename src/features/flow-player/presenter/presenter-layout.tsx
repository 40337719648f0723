import { useRef } from 'react'
import type { FlowModule, LearnerEvent, SwitchState } from '../../../flows/kit/flow-module'
import type { StepChoice } from '../../../flows/kit/step-meta'
import type { SessionStep } from '../../../flows/flow-session'
import { useElementHeight } from '../diagram/use-element-height'
import { StepDiagram } from '../step-diagram'
import { SwitchChips } from '../switch-chips'
import type { PlayerActions } from '../use-player-actions'
import { FocusPanel } from './focus-panel'
import { PresenterNarration } from './presenter-narration'
import type { PlayerView } from '../player-view'
import { SequenceDiagram } from '../sequence/sequence-diagram'
import { sequenceModel } from '../sequence/sequence-model'
import type { TimelineItem } from '../timeline'
import { QuizCard } from '../quiz/quiz-card'
import type { QuizState } from '../quiz/use-quiz'

export interface PresenterLayoutProps {
  flow: FlowModule
  step: SessionStep
  previous: SessionStep | undefined
  before: SessionStep | undefined
  total: number
  atRecordedEnd: boolean
  busy: boolean
  canNext: boolean
  canPrevious: boolean
  choices: readonly StepChoice[]
  actions: PlayerActions
  onChoose(choice: StepChoice): void
  onWindowEvent(event: LearnerEvent): void
  onSpeaker(): void
  onLeave(): void
  view: PlayerView
  items: readonly TimelineItem[]
  quiz: QuizState
  /** The run's switches (an attack's defences), named on screen so the room knows which run it sees. */
  switches: SwitchState
}

const BUTTON =
  'rounded-md border-2 px-[0.7em] py-[0.2em] font-semibold aria-disabled:cursor-not-allowed aria-disabled:opacity-40'

/**
 * The flow for a room: the diagram across the top half of the screen, the narration large beside
 * the one panel that matters for the step, nothing else (no site header, no key hints) and nothing
 * that scrolls. Type scales with the screen: the narration is 1.75vw, 33.6 px at 1920 wide.
 */
export function PresenterLayout(props: PresenterLayoutProps) {
  const { flow, step, previous, total, actions } = props
  const diagramBox = useRef<HTMLDivElement>(null)
  const diagramHeight = useElementHeight(diagramBox)
  return (
    <div
      role="region"
      aria-label={`Presenting ${flow.summary.title}`}
      className="fixed inset-0 z-40 flex flex-col gap-[1vh] bg-white p-[1vh] text-[clamp(12px,1.05vw,24px)]"
    >
      <div data-player-keys className="flex shrink-0 flex-wrap items-center gap-[0.8em]">
        <p className="font-bold text-slate-900">{flow.summary.title}</p>
        <p className="text-slate-700">
          Step {step.index + 1} of {total}
        </p>
        <SwitchChips switches={flow.switches} state={props.switches} />
        <div
          role="group"
          aria-label="Flow controls"
          className="ml-auto flex flex-wrap items-center gap-[0.5em]"
        >
          <button
            type="button"
            aria-disabled={!props.canPrevious}
            onClick={() => props.canPrevious && actions.previous()}
            className={`${BUTTON} border-blue-800 text-blue-900`}
          >
            Previous step
          </button>
          <button
            type="button"
            aria-disabled={!props.canNext}
            aria-busy={props.busy}
            onClick={() => props.canNext && actions.next()}
            className={`${BUTTON} border-blue-800 bg-blue-800 text-white`}
          >
            Next step
          </button>
          {props.choices.map((choice) => (
            <button
              key={choice.event}
              type="button"
              title={choice.hint}
              onClick={() => !props.busy && props.onChoose(choice)}
              className={`${BUTTON} border-amber-700 bg-amber-50 text-amber-950`}
            >
              {choice.label}
            </button>
          ))}
          <button
            type="button"
            onClick={props.onSpeaker}
            className={`${BUTTON} border-slate-500 text-slate-900`}
          >
            Speaker view
          </button>
          <button
            type="button"
            onClick={props.onLeave}
            className={`${BUTTON} border-slate-500 text-slate-900`}
          >
            Stop presenting
          </button>
        </div>
      </div>
      {props.view === 'sequence' ? (
        // The whole flow at once: the sequence fills the screen, as in the specs' figures.
        <div className="flex min-h-0 flex-1 justify-center">
          <SequenceDiagram
            title={flow.summary.title}
            model={sequenceModel(flow.stage, props.items, (item) => flow.steps[item.stepId])}
            className="h-full w-auto max-w-full"
          />
        </div>
      ) : (
        <>
          <div ref={diagramBox} className="min-h-0 shrink-0 basis-[52%]">
            {diagramHeight > 0 && (
              <StepDiagram stage={flow.stage} step={step} total={total} height={diagramHeight} />
            )}
          </div>
          {props.quiz.card ? (
            <div className="min-h-0 flex-1 overflow-hidden text-[clamp(14px,1.4vw,32px)]">
              <QuizCard
                quiz={props.quiz.card.quiz}
                revealed={props.quiz.card.revealed}
                chosen={props.quiz.card.chosen}
                onChoose={props.quiz.choose}
              />
            </div>
          ) : (
            <div className="grid min-h-0 flex-1 grid-cols-[3fr_2fr] gap-[1.5vw]">
              <PresenterNarration flow={flow} step={step} total={total} />
              <div className="min-h-0 overflow-hidden">
                <FocusPanel
                  stage={flow.stage}
                  step={step}
                  previous={previous}
                  before={props.before}
                  past={!props.atRecordedEnd}
                  onEvent={props.onWindowEvent}
                  onTyped={actions.typed}
                />
              </div>
            </div>
          )}
        </>
      )}
    </div>
  )
}
