import { Link } from 'react-router'
import type { FlowSummary } from '../../flows/kit/flow-module'
import { AttacksOnFlow, AttacksSection, grantFlows } from './attack-cards'
import { WhichFlowGuide } from './which-flow-guide'

export function CataloguePage() {
  return (
    <div className="mx-auto max-w-screen-xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        Learn OAuth by watching it happen
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Alice lets a printing service read her photos at a photo API (RFC 6749 §1). Pick a flow and
        step through it: every code, token and error you see is issued by a real authorization
        server running in this page, signed with real keys, and checked by a real resource server.
      </p>
      <WhichFlowGuide />
      <h2 className="mt-10 text-xl font-semibold">Flows</h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {grantFlows().map((flow) => (
          <li key={flow.id}>
            <FlowCard flow={flow} />
          </li>
        ))}
      </ul>
      <AttacksSection />
    </div>
  )
}

function FlowCard({ flow }: { flow: FlowSummary }) {
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-xl font-semibold">{flow.title}</h3>
        {flow.status.kind === 'recommended' ? (
          <span className="shrink-0 rounded-full bg-emerald-100 px-2.5 py-0.5 text-sm font-medium text-emerald-900">
            Recommended
          </span>
        ) : (
          <span className="shrink-0 rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">
            Legacy
          </span>
        )}
      </div>
      <p className="mt-3 flex-1 text-slate-700">{flow.summary}</p>
      {flow.status.kind === 'legacy' && (
        <p className="mt-3 text-sm text-amber-900">Why legacy: {flow.status.why}</p>
      )}
      <p className="mt-3 text-sm text-slate-600">{flow.specs.join(' · ')}</p>
      <AttacksOnFlow flowId={flow.id} />
      <Link
        to={`/flows/${flow.id}`}
        // The name a screen reader hears starts with the words on the button (WCAG 2.5.3). An
        // aria-label rather than a visually hidden span: the span's absolute position makes it a
        // block, and a block adds a space to the name ("Step through it : …").
        aria-label={`Step through it: ${flow.title}`}
        className="mt-5 self-start rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
      >
        Step through it
      </Link>
    </article>
  )
}
