import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ChannelBadge } from './channel-badge'
import type { ComparedFlow } from './comparison-model'

const CLIENT_RUNS: Record<NonNullable<ComparedFlow['comparison']>['clientRunsIn'], string> = {
  browser: 'in the browser',
  server: 'on a server',
  device: 'on a device',
}

/** One aspect of the two flows: a heading, then the flows side by side (stacked on a phone). */
export function ComparisonSection({
  title,
  compared,
  children,
}: {
  title: string
  compared: readonly ComparedFlow[]
  children: (flow: ComparedFlow) => ReactNode
}) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        {compared.map((flow) => (
          <div
            key={flow.summary.id}
            className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h3 className="text-lg font-semibold text-blue-950">{flow.summary.title}</h3>
            {children(flow)}
          </div>
        ))}
      </div>
    </section>
  )
}

export function AtAGlance({ flow }: { flow: ComparedFlow }) {
  const { summary, comparison, channels } = flow
  return (
    <>
      {summary.status.kind === 'legacy' ? (
        <p className="mt-2 text-base text-amber-950">
          <span className="mr-2 rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-semibold">
            Legacy
          </span>
          {summary.status.why}
        </p>
      ) : (
        <p className="mt-2">
          <span className="rounded-full bg-emerald-100 px-2.5 py-0.5 text-sm font-semibold text-emerald-900">
            Recommended
          </span>
        </p>
      )}
      <dl className="mt-3 space-y-2 text-base">
        {comparison && (
          <div>
            <dt className="font-semibold text-slate-700">
              The client runs {CLIENT_RUNS[comparison.clientRunsIn]}; its tokens live
            </dt>
            <dd className="text-slate-900">{comparison.tokensLive}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold text-slate-700">Steps in the run</dt>
          <dd className="text-slate-900">
            {channels.front} through the browser, {channels.back} direct,{' '}
            {channels['out-of-band'] > 0 ? `${channels['out-of-band']} out of band, ` : ''}
            {channels.local} local
          </dd>
        </div>
      </dl>
      <p className="mt-3">
        <Link
          to={`/flows/${summary.id}`}
          className="font-semibold text-blue-800 underline underline-offset-4 hover:text-blue-950"
        >
          Step through it<span className="sr-only">: {summary.title}</span>
        </Link>
      </p>
    </>
  )
}

export function StepList({ flow }: { flow: ComparedFlow }) {
  return (
    <ol className="mt-2 space-y-1.5">
      {flow.steps.map((step) => (
        <li key={step.number} className="flex items-baseline gap-2 text-base">
          <span className="w-6 shrink-0 text-right font-semibold text-slate-600">
            {step.number}
          </span>
          <span className="min-w-0 flex-1">
            <span className="text-slate-900">{step.title}</span>
            <span className="block text-sm text-slate-600">{step.route}</span>
          </span>
          <ChannelBadge channel={step.channel} />
        </li>
      ))}
    </ol>
  )
}

export function TokenTravel({ flow }: { flow: ComparedFlow }) {
  if (flow.travel.length === 0)
    return <p className="mt-2 text-base text-slate-800">No code or token crossed the wire.</p>
  return (
    <ul className="mt-2 space-y-3">
      {flow.travel.map((row) => (
        <li
          key={`${row.what}-${row.route}-${row.how}`}
          className="border-t border-slate-200 pt-2 text-base"
        >
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold text-slate-900">{row.what}</span>
            <ChannelBadge channel={row.channel} />
            <span className="text-sm text-slate-600">
              step{row.steps.length > 1 ? 's' : ''} {row.steps.join(', ')}
            </span>
          </p>
          <p className="text-slate-800">
            {row.route}, {row.how}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function PartySecrets({ flow }: { flow: ComparedFlow }) {
  return (
    <dl className="mt-2 space-y-3">
      {flow.secrets.map((party) => (
        <div key={party.party} className="border-t border-slate-200 pt-2">
          <dt className="text-base font-semibold text-slate-900">{party.party}</dt>
          {party.held.length === 0 ? (
            <dd className="text-base text-slate-700">nothing secret</dd>
          ) : (
            party.held.map((secret) => (
              <dd key={secret.what} className="text-base text-slate-800">
                {secret.exposed && (
                  <>
                    <span className="font-semibold text-rose-800">At risk:</span>{' '}
                  </>
                )}
                <span className="font-semibold">{secret.what}</span>, {secret.detail}
              </dd>
            ))
          )}
        </div>
      ))}
    </dl>
  )
}

const shorten = (url: string) => (url.length > 110 ? `${url.slice(0, 110)}…` : url)

export function BrowserHistory({ flow }: { flow: ComparedFlow }) {
  const { history } = flow
  return (
    <>
      <p
        className={`mt-2 rounded-md border px-3 py-2 text-base font-semibold ${history.exposed ? 'border-rose-700 bg-rose-50 text-rose-950' : 'border-emerald-700 bg-emerald-50 text-emerald-950'}`}
      >
        {history.verdict}
      </p>
      {history.entries.length > 0 && (
        <ol className="mt-3 space-y-2">
          {history.entries.map((entry) => (
            <li key={`${entry.step}-${entry.url}`} className="text-base">
              <p className="font-mono text-sm break-all text-slate-800">
                <span className="font-sans font-semibold text-slate-600">step {entry.step}: </span>
                {shorten(entry.url)}
              </p>
              {entry.findings.map((finding) => (
                <p
                  key={finding.param}
                  className={finding.usable ? 'text-rose-900' : 'text-slate-800'}
                >
                  <span className="font-mono font-semibold">{finding.param}</span>: {finding.worth}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
