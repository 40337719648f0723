import { count } from './display-limits'

/** Marks where the inspector stopped showing something: "… 997,990 more characters". */
export function MoreMarker({ hidden, unit }: { hidden: number; unit: string }) {
  if (hidden === 0) return null
  return (
    <span className="mx-1 rounded bg-slate-200 px-1.5 font-sans text-xs font-semibold whitespace-nowrap text-slate-800 not-italic">
      … {count(hidden)} more {unit}
    </span>
  )
}
