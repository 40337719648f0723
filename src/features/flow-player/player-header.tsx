import { useRef } from 'react'
import { LabClockBar } from '../../shared/lab-clock-bar'
import { useScrollPadding } from './use-scroll-padding'
import { KeyHint } from './key-hint'
import { PlayerControls } from './player-controls'
import type { PlayerModel } from './player-model'
import type { PlayerView } from './player-view'
import type { QuizState } from './quiz/use-quiz'

/** What a learner can skip ahead by, to watch a code (60 s), a token (1 h) or a refresh token (14 days) expire. */
const SKIPS = [
  [60, '+1 min'],
  [3600, '+1 h'],
  [15 * 24 * 3600, '+15 days'],
] as const

/** The flow's title, its controls (with the step's choices), the lab clock and the keys. */
export function PlayerHeader({
  title,
  model,
  onPresent,
  onSpeaker,
  view,
  onView,
  quiz,
}: {
  title: string
  model: PlayerModel
  onPresent(): void
  onSpeaker(): void
  view: PlayerView
  onView(view: PlayerView): void
  quiz: QuizState
}) {
  const { step, atRecordedEnd, busy, actions } = model
  const bar = useRef<HTMLDivElement>(null)
  useScrollPadding(bar, 'top')
  const skipOff = !atRecordedEnd
    ? 'Time can only move on at the last step run so far.'
    : busy
      ? 'Wait for the step to finish.'
      : undefined
  return (
    <div
      ref={bar}
      data-player-keys
      className="-mx-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50 px-3 py-3 sm:sticky sm:top-0 sm:z-20 sm:-mx-4 sm:px-4"
    >
      <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {title}
      </h1>
      <PlayerControls
        canPrevious={model.canPrevious}
        canNext={model.canNext}
        busy={busy}
        playing={actions.playing}
        recordedSteps={model.state.steps.length}
        choices={model.choices}
        onChoose={model.choose}
        onPrevious={actions.previous}
        onNext={actions.next}
        onRestart={actions.restart}
        onTogglePlay={() => actions.setPlaying(!actions.playing)}
        speed={actions.speed}
        onSpeed={actions.setSpeed}
        onPresent={onPresent}
        onSpeaker={onSpeaker}
        view={view}
        onView={onView}
      />
      {step ? (
        <LabClockBar
          nowMs={step.clock.at}
          skippedSeconds={step.clock.skipped}
          skippedWhat="skipped ahead at this step:"
          skips={SKIPS}
          onSkip={actions.skipAhead}
          disabledReason={skipOff}
          reasonIsMomentary={atRecordedEnd && busy}
        />
      ) : (
        // The clock has no reading before the first step: its place is kept, so the switches and
        // everything below do not move down when it comes (a layout shift on every first load).
        <div aria-hidden className="invisible">
          <LabClockBar
            nowMs={0}
            skippedSeconds={0}
            skippedWhat=""
            skips={SKIPS}
            onSkip={() => {}}
          />
        </div>
      )}
      <button
        type="button"
        role="switch"
        aria-checked={quiz.on}
        onClick={() => quiz.setOn(!quiz.on)}
        className="hidden rounded-md border-2 border-violet-700 px-3 py-1.5 text-base font-semibold text-violet-950 sm:inline-block"
      >
        Quiz the room: {quiz.on ? 'on' : 'off'}
      </button>
      <KeyHint />
    </div>
  )
}
