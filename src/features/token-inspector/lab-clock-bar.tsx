import { formatDuration, formatNumericDate } from '../../protocol/jwt/time'

const STEPS: [number, string][] = [
  [60, '+1 min'],
  [600, '+10 min'],
  [3600, '+1 h'],
]

/** The lab's clock, which every expiry on this page is measured against, and buttons to advance it. */
export function LabClockBar({
  nowMs,
  offsetSeconds,
  advance,
}: {
  nowMs: number
  offsetSeconds: number
  advance: (seconds: number) => void
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm">
      <span className="text-slate-800">
        <span className="font-semibold">Lab clock:</span>{' '}
        <time dateTime={new Date(nowMs).toISOString()}>
          {formatNumericDate(Math.floor(nowMs / 1000))}
        </time>
        {offsetSeconds > 0 && (
          <span className="text-slate-700"> (advanced by {formatDuration(offsetSeconds)})</span>
        )}
      </span>
      <span className="flex gap-1" role="group" aria-label="Advance the lab clock">
        {STEPS.map(([seconds, label]) => (
          <button
            key={seconds}
            type="button"
            onClick={() => advance(seconds)}
            aria-label={`Advance the lab clock by ${formatDuration(seconds)}`}
            className="rounded border border-slate-400 px-2 py-0.5 font-semibold text-slate-800 hover:bg-slate-100"
          >
            {label}
          </button>
        ))}
      </span>
    </div>
  )
}
