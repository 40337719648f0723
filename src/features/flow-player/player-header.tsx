import type { SessionStep } from '../../flows/flow-session'
import type { StepChoice } from '../../flows/kit/step-meta'
import { LabClockBar } from '../../shared/lab-clock-bar'
import { KeyHint } from './key-hint'
import { PlayerControls } from './player-controls'
import type { PlayerActions } from './use-player-actions'

/** What a learner can skip ahead by, to watch a code (60 s), a token (1 h) or a refresh token (14 days) expire. */
const SKIPS = [
  [60, '+1 min'],
  [3600, '+1 h'],
  [15 * 24 * 3600, '+15 days'],
] as const

export interface PlayerHeaderProps {
  title: string
  step: SessionStep | undefined
  atRecordedEnd: boolean
  busy: boolean
  canNext: boolean
  canPrevious: boolean
  actions: PlayerActions
  onChoose(choice: StepChoice): void
}

/** The flow's title, its controls (with the step's choices), the lab clock and the keys. */
export function PlayerHeader(props: PlayerHeaderProps) {
  const { title, step, atRecordedEnd, busy, canNext, canPrevious, actions } = props
  const live = atRecordedEnd && !busy
  const skipOff = !step
    ? 'Skipping ahead starts with the first step.'
    : !atRecordedEnd
      ? 'Time can only move on at the last step run so far.'
      : busy
        ? 'Wait for the step to finish.'
        : undefined
  return (
    <div className="-mx-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50 px-3 py-3 sm:sticky sm:top-0 sm:z-20 sm:-mx-4 sm:px-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
      <PlayerControls
        canPrevious={canPrevious}
        canNext={canNext}
        busy={busy}
        playing={actions.playing}
        choices={live ? (step?.accepts.choices ?? []) : []}
        onChoose={props.onChoose}
        onPrevious={actions.previous}
        onNext={actions.next}
        onRestart={actions.restart}
        onTogglePlay={() => actions.setPlaying(!actions.playing)}
      />
      {step && (
        <LabClockBar
          nowMs={step.clock.at}
          skippedSeconds={step.clock.skipped}
          skippedWhat="skipped ahead at this step:"
          skips={SKIPS}
          onSkip={actions.skipAhead}
          disabledReason={skipOff}
        />
      )}
      <KeyHint />
    </div>
  )
}
