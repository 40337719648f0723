import { memo } from 'react'
import { Link } from 'react-router'
import type { TimelineItem } from './timeline'

const MARK: Record<TimelineItem['state'], string> = {
  done: 'border-blue-800 bg-blue-800 text-white',
  current: 'border-blue-900 bg-white text-blue-900 ring-4 ring-blue-300',
  ahead: 'border-blue-800 bg-blue-100 text-blue-900',
  upcoming: 'border-slate-400 bg-white text-slate-700',
}

/** Every step as a link to ?step=N: the recorded ones, then those Next would run. */
export const StepTimeline = memo(function StepTimeline({
  items,
}: {
  items: readonly TimelineItem[]
}) {
  return (
    <nav
      aria-labelledby="steps-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="steps-heading" className="text-xl font-bold text-slate-900">
        Steps
      </h2>
      <ol className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={`${item.number}-${item.stepId}`}>
            <Link
              to={`?step=${item.number}`}
              replace
              aria-current={item.state === 'current' ? 'step' : undefined}
              className={`flex items-start gap-3 rounded-md px-2 py-1.5 text-base hover:bg-slate-100 ${
                item.state === 'current'
                  ? 'bg-blue-50 font-semibold text-slate-900'
                  : item.state === 'upcoming'
                    ? 'text-slate-700'
                    : 'text-slate-900'
              }`}
            >
              <span
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${MARK[item.state]}`}
              >
                {item.number}
              </span>
              <span className="pt-0.5">
                {item.title}
                {item.state === 'upcoming' && <span className="sr-only"> (not run yet)</span>}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
})
