import { useRef, useState } from 'react'
import type { StepChoice } from '../../flows/kit/step-meta'
import { PLAY_SPEEDS, type PlaySpeed } from './use-autoplay'
import type { PlayerView } from './player-view'
import { useScrollPadding } from './use-scroll-padding'

export interface PlayerControlsProps {
  /** Branches the current step offers beside Next step. */
  choices: readonly StepChoice[]
  onChoose(choice: StepChoice): void
  canPrevious: boolean
  canNext: boolean
  busy: boolean
  playing: boolean
  onPrevious(): void
  onNext(): void
  onRestart(): void
  onTogglePlay(): void
  speed: PlaySpeed
  onSpeed(speed: PlaySpeed): void
  onPresent(): void
  onSpeaker(): void
  view: PlayerView
  onView(view: PlayerView): void
  /** How many steps the run has recorded: a restart that discards more than one asks first. */
  recordedSteps: number
}

const BUTTON =
  'rounded-md px-2 py-2 text-base leading-tight font-semibold disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 sm:px-4'
const OUTLINE = `${BUTTON} border border-blue-800 bg-white text-blue-900 hover:bg-blue-50`
/** A branch: amber, so it reads as "or instead" beside the blue Next step. */
const CHOICE = `${BUTTON} border-2 border-amber-700 bg-amber-50 text-amber-950 hover:bg-amber-100`

/**
 * Previous and Next are aria-disabled rather than disabled at the ends, so a keyboard user who
 * presses them to the last step keeps the focus where it was instead of losing it to the page.
 *
 * The player's buttons; the same actions are on the keyboard (reveal.js keys, see player-keys.ts).
 * On a phone they sit in a bar along the bottom edge, within thumb reach, with the word "step"
 * read out but not shown. Restart asks before it discards a recorded run (R restarts at once).
 */
export function PlayerControls(props: PlayerControlsProps) {
  const { canPrevious, canNext, busy, playing } = props
  const [confirming, setConfirming] = useState(false)
  const restartButton = useRef<HTMLButtonElement>(null)
  const bar = useRef<HTMLDivElement>(null)
  useScrollPadding(bar, 'bottom')
  // The question replaces the Restart button; when it goes, the focus goes back to that button.
  const answer = (restart: boolean) => {
    setConfirming(false)
    if (restart) props.onRestart()
    requestAnimationFrame(() => restartButton.current?.focus())
  }
  return (
    <div
      ref={bar}
      role="group"
      aria-label="Flow controls"
      className="fixed inset-x-0 bottom-0 z-30 grid grid-cols-4 gap-2 border-t border-slate-300 bg-white/95 p-2 shadow-[0_-2px_8px_rgb(0_0_0/0.08)] sm:static sm:flex sm:flex-wrap sm:items-center sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none"
    >
      <button
        type="button"
        onClick={() => canPrevious && props.onPrevious()}
        aria-disabled={!canPrevious}
        className={OUTLINE}
        aria-keyshortcuts="ArrowLeft ArrowUp PageUp P"
      >
        Previous<span className="sr-only sm:not-sr-only"> step</span>
      </button>
      <button
        type="button"
        onClick={() => canNext && props.onNext()}
        aria-disabled={!canNext}
        aria-busy={busy}
        className={`${BUTTON} bg-blue-800 text-white hover:bg-blue-900`}
        aria-keyshortcuts="ArrowRight ArrowDown Space PageDown N"
      >
        Next<span className="sr-only sm:not-sr-only"> step</span>
      </button>
      {props.choices.map((choice) => (
        <span key={choice.event} className="contents">
          <button
            type="button"
            onClick={() => !busy && props.onChoose(choice)}
            aria-disabled={busy}
            aria-describedby={`choice-hint-${choice.event}`}
            title={choice.hint}
            className={`${CHOICE} col-span-2`}
          >
            {choice.label}
          </button>
          <span id={`choice-hint-${choice.event}`} hidden>
            {choice.hint}
          </span>
        </span>
      ))}
      <button
        type="button"
        onClick={props.onTogglePlay}
        disabled={!canNext && !playing}
        className={OUTLINE}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="hidden items-center gap-1 text-base text-slate-800 sm:flex">
        <span className="sr-only">Play speed</span>
        <select
          value={props.speed}
          onChange={(event) => props.onSpeed(event.target.value as PlaySpeed)}
          className="rounded-md border border-slate-500 bg-white px-2 py-2 font-semibold text-slate-900"
        >
          {Object.entries(PLAY_SPEEDS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <span
          role="group"
          aria-label="Restart?"
          className="col-span-4 flex flex-wrap items-center gap-2"
        >
          <span className="text-base text-slate-900">
            Discard the {props.recordedSteps} recorded steps?
          </span>
          <button
            type="button"
            autoFocus
            onClick={() => answer(true)}
            className={`${BUTTON} bg-rose-800 text-white hover:bg-rose-900`}
          >
            Restart
          </button>
          <button type="button" onClick={() => answer(false)} className={OUTLINE}>
            Keep them
          </button>
        </span>
      ) : (
        <button
          ref={restartButton}
          type="button"
          onClick={() => (props.recordedSteps > 1 ? setConfirming(true) : props.onRestart())}
          className={`${BUTTON} border border-slate-500 bg-white text-slate-900 hover:bg-slate-100`}
          aria-keyshortcuts="R"
        >
          Restart
        </button>
      )}
      <button
        type="button"
        onClick={props.onPresent}
        className={`${OUTLINE} hidden sm:inline-block`}
        aria-keyshortcuts="F"
      >
        Present
      </button>
      <button
        type="button"
        onClick={props.onSpeaker}
        className={`${OUTLINE} hidden sm:inline-block`}
        aria-keyshortcuts="S"
      >
        Speaker view
      </button>
      <button
        type="button"
        onClick={() => props.onView(props.view === 'sequence' ? 'diagram' : 'sequence')}
        aria-pressed={props.view === 'sequence'}
        className={`${OUTLINE} hidden sm:inline-block`}
        aria-keyshortcuts="O"
      >
        Sequence view
      </button>
    </div>
  )
}
