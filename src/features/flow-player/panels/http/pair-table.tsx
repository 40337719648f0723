import { useState } from 'react'
import { Link } from 'react-router'
import type { Pair } from './http-decode'

/** Values longer than this are cut, with a button to show them whole: one JWT would fill a screen. */
const LONG_VALUE = 160

export interface PairTableProps {
  /** Says what the table holds: "Query parameters", "Form fields", "Request headers". */
  caption: string
  pairs: readonly Pair[]
  nameHeader?: string
  valueHeader?: string
  /** The inspector link for a value that is a token, if it is one. */
  inspectHref?: (name: string, value: string) => string | undefined
}

/** Name/value pairs as a table with headers, names and values in monospace, long values wrapped. */
export function PairTable({
  caption,
  pairs,
  nameHeader = 'Name',
  valueHeader = 'Value',
  inspectHref,
}: PairTableProps) {
  if (pairs.length === 0) return <p className="text-sm text-slate-700">{caption}: none.</p>
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="pb-1 text-left text-sm font-semibold text-slate-700">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(([name, value], index) => {
          const href = inspectHref?.(name, value)
          return (
            <tr key={`${name}-${index}`} className="border-t border-slate-200 align-top">
              <th
                scope="row"
                className="w-[35%] max-w-52 py-1 pr-3 font-mono font-semibold [overflow-wrap:anywhere] text-slate-900 sm:w-52"
              >
                {name}
              </th>
              <td className="py-1 font-mono [overflow-wrap:anywhere] text-slate-800">
                {value === '' ? (
                  <span className="font-sans text-slate-600 italic">(empty)</span>
                ) : (
                  <LongValue value={value} />
                )}
                {href && <InspectLink href={href} what={name} />}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function LongValue({ value }: { value: string }) {
  const [whole, setWhole] = useState(false)
  if (value.length <= LONG_VALUE) return <>{value}</>
  return (
    <>
      {whole ? value : `${value.slice(0, LONG_VALUE - 40)}…`}
      <button
        type="button"
        aria-expanded={whole}
        onClick={() => setWhole(!whole)}
        className="ml-2 rounded border border-slate-400 bg-white px-1.5 font-sans text-xs font-medium whitespace-nowrap text-slate-800 hover:bg-slate-100"
      >
        {whole ? 'Show less' : `Show all ${value.length} characters`}
      </button>
    </>
  )
}

/** Opens the token inspector on a token; the visible word is short, the accessible name says which token. */
export function InspectLink({ href, what }: { href: string; what: string }) {
  return (
    <Link
      to={href}
      className="ml-2 inline-block rounded border border-blue-700 px-1.5 font-sans text-xs font-semibold whitespace-nowrap text-blue-800 hover:bg-blue-50"
    >
      Inspect<span className="sr-only"> {what} in the token inspector</span>
    </Link>
  )
}
