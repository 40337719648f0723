import { useMemo } from 'react'
import type { IssuedToken } from '../../../flows/kit/flow-module'
import { viewToken } from '../panels/tokens/token-view'

const LABELS = {
  access_token: 'Access token',
  id_token: 'ID token',
  refresh_token: 'Refresh token',
}

/** A token as a room reads it: its claims, one per line, with times against the lab clock. */
export function ClaimsList({ token, nowMs }: { token: IssuedToken; nowMs: number }) {
  const view = useMemo(() => viewToken(token.value, nowMs, token.name), [token, nowMs])
  return (
    <section aria-label={`${LABELS[token.name]}, decoded`} className="h-full overflow-hidden">
      <h3 className="text-[1em] font-bold text-slate-900">{LABELS[token.name]}, decoded</h3>
      {view.format === 'jwt' ? (
        <dl className="mt-[0.3em] grid grid-cols-[max-content_1fr] gap-x-[0.8em] gap-y-[0.15em] text-[0.9em]">
          {view.claims.map((claim) => (
            <div key={claim.name} className="contents">
              <dt className="font-mono font-bold text-slate-900">{claim.name}</dt>
              <dd className="font-mono [overflow-wrap:anywhere] text-slate-800">
                {claim.time
                  ? `${claim.time.iso.replace('T', ' ')} (${claim.time.relative})`
                  : claim.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-[0.3em] text-[0.9em] text-slate-800">{view.why}</p>
      )}
    </section>
  )
}
