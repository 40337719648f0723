import { useId, type ReactNode } from 'react'

/** A window beside the diagram (a browser, a device's screen): its title, and whether it takes part in the step. */
export function SurfaceFrame({
  title,
  active,
  note,
  children,
}: {
  title: string
  active: boolean
  note?: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className={`overflow-hidden rounded-xl border-2 bg-white shadow-sm ${active ? 'border-role-agent' : 'border-slate-300'}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-slate-100 px-3 py-2">
        <h2 id={headingId} className="text-lg font-bold text-slate-900">
          {title}
        </h2>
        <span
          className={`rounded-full px-2 py-0.5 text-sm font-semibold ${active ? 'bg-role-agent text-white' : 'bg-slate-200 text-slate-800'}`}
        >
          {active ? 'Takes part in this step' : 'Idle this step'}
        </span>
        {note && <span className="text-sm text-slate-700">{note}</span>}
      </div>
      {children}
    </section>
  )
}
