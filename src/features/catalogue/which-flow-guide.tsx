import { Link } from 'react-router'
import { COMPARISON_PRESETS, WHICH_FLOW } from '../../flows/flow-guide'
import { FLOWS, findFlow } from '../../flows/registry'

const linkClass =
  'font-semibold text-blue-800 underline underline-offset-4 hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800'

const compareHref = (a: string, b: string) => `/compare?${new URLSearchParams({ a, b }).toString()}`

/**
 * "Which flow should I use?": what the learner is building, and for each answer the flow that
 * fits, why, and the spec. Plain links and text, so it reads and tabs like any page.
 */
export function WhichFlowGuide() {
  const legacy = FLOWS.filter((entry) => entry.summary.status.kind === 'legacy')
  return (
    <section
      aria-labelledby="which-flow"
      className="mt-10 rounded-xl border border-blue-200 bg-blue-50 p-5 sm:p-6"
    >
      <h2 id="which-flow" className="text-2xl font-bold text-slate-900">
        Which flow should I use?
      </h2>
      <p className="mt-1 text-lg text-slate-800">What are you building?</p>
      <ul className="mt-4 grid gap-4 lg:grid-cols-2">
        {WHICH_FLOW.map((answer) => {
          const title = findFlow(answer.flowId)?.summary.title ?? answer.flowId
          return (
            <li key={answer.building} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold text-slate-900">{answer.building}</h3>
              <p className="mt-1 text-lg">
                <span className="text-slate-700">Use </span>
                <Link to={`/flows/${answer.flowId}`} className={linkClass}>
                  {title}
                </Link>
              </p>
              <p className="mt-2 text-base text-slate-800">{answer.why}</p>
              <p className="mt-2 text-sm text-slate-700">
                Spec:{' '}
                <cite className="font-semibold text-slate-900 not-italic">{answer.specRef}</cite>
              </p>
            </li>
          )
        })}
      </ul>
      {legacy.length > 0 && (
        <div className="mt-5">
          <h3 className="text-lg font-semibold text-slate-900">
            An old tutorial uses one of these? They are retired:
          </h3>
          <ul className="mt-2 space-y-1 text-base text-slate-800">
            {legacy.map(({ summary }) => (
              <li key={summary.id}>
                <Link to={`/flows/${summary.id}`} className={linkClass}>
                  {summary.title}
                </Link>
                {summary.status.kind === 'legacy' && <span>: {summary.status.why}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-5">
        <h3 className="text-lg font-semibold text-slate-900">Compare two flows side by side</h3>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-base">
          {COMPARISON_PRESETS.map((preset) => (
            <li key={`${preset.a}-${preset.b}`}>
              <Link to={compareHref(preset.a, preset.b)} className={linkClass}>
                {preset.label}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/compare" className={linkClass}>
              Any two flows
            </Link>
          </li>
        </ul>
      </div>
    </section>
  )
}
