import { useId } from 'react'
import type { RoleId } from '../../../../protocol/roles'
import { inspectorHref } from '../../../../shared/inspector-link'
import type { Exchange } from '../../../../wire/exchange'
import type { TokenEntry } from '../tokens/tokens-from-exchanges'
import { tokenKindOfField } from './http-decode'
import { RequestSection, ResponseSection } from './message-sections'

export interface HttpExchangePanelProps {
  /** The current step's exchanges, usually one. */
  exchanges: readonly Exchange[]
  /** Shown when the step sent no HTTP: "No HTTP this step: the client computed the PKCE verifier locally." */
  emptyText?: string
  /** Tokens issued so far, so an Inspect link carries what the flow knew about the token. */
  knownTokens?: readonly TokenEntry[]
  /** Which half the current step is about; that half is marked "this step". */
  focus?: 'request' | 'response'
  /** The step numbers of an exchange's request and response (one number for one message everywhere). */
  numberOf(exchange: Exchange): { request: string; response: string }
  /** Who plays a role in this flow ("Frame TV"). */
  nameOf(role: RoleId): string
}

/** The raw HTTP of the current step: who sent what to whom, every header and body, decoded where encoded. */
export function HttpExchangePanel({
  exchanges,
  emptyText,
  knownTokens = [],
  focus,
  numberOf,
  nameOf,
}: HttpExchangePanelProps) {
  const headingId = useId()
  const inspectHref = (name: string, value: string) => {
    const known = knownTokens.find((token) => token.value === value)
    if (known) return inspectorHref(value, known.context)
    const kind = tokenKindOfField(name)
    return kind ? inspectorHref(value, { kind }) : undefined
  }
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-xl font-bold text-slate-900">
        HTTP
      </h2>
      {exchanges.length === 0 ? (
        <p className="mt-2 text-base text-slate-700">{emptyText ?? 'No HTTP this step.'}</p>
      ) : (
        <ol className="mt-2 space-y-6">
          {exchanges.map((exchange) => (
            <li key={exchange.seq}>
              <ExchangeView
                exchange={exchange}
                inspectHref={inspectHref}
                focus={focus}
                number={numberOf(exchange)}
                nameOf={nameOf}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function ExchangeView({
  exchange,
  inspectHref,
  focus,
  number,
  nameOf,
}: {
  exchange: Exchange
  inspectHref: (name: string, value: string) => string | undefined
  focus: HttpExchangePanelProps['focus']
  number: { request: string; response: string }
  nameOf: HttpExchangePanelProps['nameOf']
}) {
  const to = exchange.to ? nameOf(exchange.to) : 'no server'
  const mark = (half: 'request' | 'response') =>
    focus === half ? 'rounded-lg bg-blue-50/60 p-2 ring-2 ring-blue-700' : 'p-2'
  const thisStep = (half: 'request' | 'response') =>
    focus === half && (
      <p className="mb-1 text-sm font-bold tracking-wide text-blue-900 uppercase">This step</p>
    )
  return (
    <article className="space-y-3">
      <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
        <span className="rounded bg-slate-800 px-2 py-0.5 text-sm font-bold text-white">
          Step {number.request}
        </span>
        <span>
          {nameOf(exchange.from)} → {to}
        </span>
        <span
          className={`rounded-full border px-2 py-0.5 text-sm font-medium ${
            exchange.channel === 'front'
              ? 'border-blue-700 bg-blue-50 text-blue-900'
              : 'border-slate-600 bg-slate-100 text-slate-900'
          }`}
        >
          {exchange.channel === 'front'
            ? 'front channel (via the browser)'
            : 'back channel (direct)'}
        </span>
        {exchange.label && (
          <span className="text-base font-normal text-slate-700">{exchange.label}</span>
        )}
      </h3>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={mark('request')}>
          {thisStep('request')}
          <RequestSection exchange={exchange} inspectHref={inspectHref} headingLevel={4} />
        </div>
        <div className={mark('response')}>
          {thisStep('response')}
          {number.response !== number.request && focus !== 'response' && (
            <p className="mb-1 text-sm font-semibold text-slate-700">
              Told in step {number.response}
            </p>
          )}
          <ResponseSection exchange={exchange} inspectHref={inspectHref} headingLevel={4} />
        </div>
      </div>
    </article>
  )
}
