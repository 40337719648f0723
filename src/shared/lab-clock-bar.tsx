import { formatDuration, formatNumericDate } from '../protocol/jwt/time'

export interface LabClockBarProps {
  /** The lab clock's reading to show (ms). */
  nowMs: number
  /** Seconds the clock was moved ahead in all, or at this step. */
  skippedSeconds: number
  /** What the skipped seconds count: "skipped ahead at this step", "advanced". */
  skippedWhat: string
  /** The skip buttons: seconds and their short label. */
  skips: readonly (readonly [number, string])[]
  onSkip(seconds: number): void
  /** Why the buttons are off right now, or undefined when they work. */
  disabledReason?: string
  /**
   * The reason lasts only a moment (a step is running): it goes on the buttons' title but not in a
   * line of text, which would push the page down and pull it back up under the learner's eyes.
   */
  reasonIsMomentary?: boolean
}

/**
 * The lab's one clock, which every code, token and cookie is checked against: it stands still
 * until a flow or the learner moves it, so an instructor can stay on a step for ten minutes and
 * the code still redeems. Shown in the player and the inspector alike.
 */
export function LabClockBar(props: LabClockBarProps) {
  const { nowMs, skippedSeconds, skippedWhat, skips, onSkip, disabledReason, reasonIsMomentary } =
    props
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm sm:px-3 sm:py-2 sm:text-base">
      <span className="text-slate-800">
        <span className="font-semibold">
          Lab<span className="hidden sm:inline"> clock</span>:
        </span>{' '}
        <time dateTime={new Date(nowMs).toISOString()}>
          {/* A phone shows the time only: the date rarely changes in a run. */}
          <span className="hidden sm:inline">
            {formatNumericDate(Math.floor(nowMs / 1000)).slice(0, 11)}
          </span>
          {formatNumericDate(Math.floor(nowMs / 1000)).slice(11)}
        </time>
        {skippedSeconds > 0 && (
          <span className="text-slate-700">
            {' '}
            ({skippedWhat} {formatDuration(skippedSeconds)})
          </span>
        )}
      </span>
      <span className="flex flex-wrap gap-1" role="group" aria-label="Skip ahead in time">
        {skips.map(([seconds, label]) => (
          <button
            key={seconds}
            type="button"
            onClick={() => !disabledReason && onSkip(seconds)}
            aria-disabled={disabledReason !== undefined}
            title={disabledReason}
            aria-label={`Skip ahead ${formatDuration(seconds)}`}
            className="rounded border border-slate-500 px-1.5 py-0.5 font-semibold sm:px-2 text-slate-900 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
          >
            {label}
          </button>
        ))}
      </span>
      {disabledReason && !reasonIsMomentary && (
        <span className="text-sm text-slate-700">{disabledReason}</span>
      )}
    </div>
  )
}
