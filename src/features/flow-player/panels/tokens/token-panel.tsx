import { useId, useMemo } from 'react'
import { Link } from 'react-router'
import { inspectorHref } from '../../../../shared/inspector-link'
import { viewToken, type ClaimRow } from './token-view'
import type { TokenEntry } from './tokens-from-exchanges'

export interface TokenPanelProps {
  /** Tokens issued so far, oldest first (see tokensFromExchanges). */
  tokens: readonly (TokenEntry & {
    /** The step (from 1) that delivered it, when the player knows. */ step?: number
  })[]
  /** The lab clock (ms) at the step on screen, for "expires in …": the same reading back and forth. */
  nowMs: number
  emptyText?: string
}

/** Every token issued so far: decoded header and claims, times as dates and relative, opaque ones explained. */
export function TokenPanel({ tokens, nowMs, emptyText }: TokenPanelProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="text-xl font-bold text-slate-900">
        Tokens
      </h2>
      {tokens.length === 0 ? (
        <p className="mt-2 text-base text-slate-700">
          {emptyText ?? 'No tokens yet: the authorization server has issued none so far.'}
        </p>
      ) : (
        <ul className="mt-3 space-y-5">
          {tokens.map((token) => (
            <li key={`${token.seq ?? 'held'}-${token.kind}-${token.value.slice(-12)}`}>
              <TokenCard token={token} nowMs={nowMs} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function TokenCard({ token, nowMs }: { token: TokenPanelProps['tokens'][number]; nowMs: number }) {
  const view = useMemo(
    () => viewToken(token.value, nowMs, token.kind),
    [token.value, token.kind, nowMs],
  )
  const where = token.step !== undefined ? `step ${token.step}` : undefined
  const how = [token.carrier && `in the ${token.carrier}`, where].filter(Boolean).join(', ')
  return (
    <article className="space-y-2 rounded-lg border border-slate-300 p-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-lg font-semibold text-slate-900">{token.label}</h3>
        <span className="text-sm text-slate-700">
          {view.format === 'jwt'
            ? 'JWT'
            : view.format === 'opaque'
              ? 'opaque'
              : 'not decodable here'}
          {how && ` · ${how}`}
        </span>
        <Link
          to={inspectorHref(token.value, token.context)}
          className="ml-auto rounded-md border border-blue-800 px-2 py-0.5 text-sm font-semibold text-blue-800 hover:bg-blue-50"
        >
          Inspect
          <span className="sr-only"> the {token.label.toLowerCase()} in the token inspector</span>
        </Link>
      </div>
      <p className="line-clamp-3 font-mono text-xs leading-snug break-all text-slate-600 sm:line-clamp-none">
        {token.value}
      </p>
      {view.format === 'jwt' ? (
        <>
          <HeaderLine rows={view.header} />
          <ClaimTable caption="Claims" rows={view.claims} />
        </>
      ) : (
        <p className="text-base text-slate-800">{view.why}</p>
      )}
    </article>
  )
}

/** The JOSE header on one line: it matters less to a learner than the claims. */
function HeaderLine({ rows }: { rows: ClaimRow[] }) {
  return (
    <div className="text-sm">
      <span className="font-semibold text-slate-700">Header: </span>
      <dl className="inline">
        {rows.map((row, index) => (
          <div key={row.name} className="inline">
            {index > 0 && <span aria-hidden="true"> · </span>}
            <dt
              className="inline font-mono font-semibold text-slate-900"
              title={row.meaning || undefined}
            >
              {row.name}
            </dt>{' '}
            <dd className="inline font-mono [overflow-wrap:anywhere] text-slate-800">
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

function ClaimTable({ caption, rows }: { caption: string; rows: ClaimRow[] }) {
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="pb-1 text-left text-sm font-semibold text-slate-700">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-t border-slate-200 align-top">
            <th scope="row" className="w-[40%] py-1 pr-3 font-normal sm:w-56">
              <span className="block font-mono font-semibold text-slate-900">{row.name}</span>
              {row.meaning && <span className="block text-xs text-slate-600">{row.meaning}</span>}
            </th>
            <td className="py-1 font-mono [overflow-wrap:anywhere] text-slate-900">
              {row.time ? (
                <>
                  <time dateTime={row.time.iso} className="block">
                    {row.time.iso.replace('T', ' ')}
                  </time>
                  <span className="block font-sans text-slate-700">
                    {row.time.relative} <span className="text-slate-600">({row.value})</span>
                  </span>
                </>
              ) : (
                row.value
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
