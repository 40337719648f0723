import type { FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { FLOWS } from '../../flows/registry'

/**
 * Two flows to compare, chosen with two selects. Compare goes to /compare?a=…&b= within the app
 * (the page's policy, form-action 'none', lets no form submit anywhere by itself).
 */
export function FlowPicker({ a, b }: { a: string; b: string }) {
  const navigate = useNavigate()
  const compare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const chosen = new FormData(event.currentTarget)
    const query = new URLSearchParams({ a: String(chosen.get('a')), b: String(chosen.get('b')) })
    void navigate(`/compare?${query}`)
  }
  return (
    <form
      onSubmit={compare}
      className="mt-5 flex flex-wrap items-end gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <FlowSelect name="a" label="First flow" value={a} />
      <FlowSelect name="b" label="Second flow" value={b} />
      <button
        type="submit"
        className="rounded-md bg-blue-800 px-4 py-2 text-base font-semibold text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        Compare
      </button>
    </form>
  )
}

function FlowSelect({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <label className="flex min-w-0 flex-1 basis-64 flex-col gap-1 text-base font-semibold text-slate-900">
      {label}
      <select
        name={name}
        defaultValue={value}
        className="rounded-md border border-slate-400 bg-white px-2 py-2 font-normal focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {FLOWS.map(({ summary }) => (
          <option key={summary.id} value={summary.id}>
            {summary.title}
          </option>
        ))}
      </select>
    </label>
  )
}
