import { useEffect, useState } from 'react'
import type { HalfHashSteps } from '../../protocol/jwt/at-hash'
import { checkAgainstContext, type ContextCheck } from '../../protocol/jwt/context-checks'
import type { TokenContext } from '../../protocol/jwt/token-context'
import { CheckList } from './check-list'

const FIELDS: [keyof TokenContext, string][] = [
  ['source', 'From'],
  ['kind', 'Token'],
  ['issuer', 'Issuer the client used'],
  ['audience', 'API it is for'],
  ['clientId', 'Client'],
  ['nonce', 'Nonce sent'],
  ['requestedScope', 'Scope requested'],
  ['grantedScope', 'Scope granted'],
  ['accessToken', 'Access token issued with it'],
]

/** The request that produced the token, and the token checked against it, line by line. */
export function ContextPanel({
  header,
  payload,
  context,
}: {
  header: Record<string, unknown>
  payload: Record<string, unknown>
  context: TokenContext
}) {
  const [checks, setChecks] = useState<{ for: unknown; list: ContextCheck[] } | undefined>()
  useEffect(() => {
    let cancelled = false
    void checkAgainstContext(header, payload, context).then((list) => {
      if (!cancelled) setChecks({ for: payload, list })
    })
    return () => {
      cancelled = true
    }
  }, [header, payload, context])
  const list = checks?.for === payload ? checks.list : []
  const failed = list.filter((check) => check.status === 'fail').length
  const warnings = list.filter((check) => check.status === 'warn').length
  const passed = list.filter((check) => check.status === 'pass').length

  return (
    <div className="space-y-3">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {FIELDS.filter(([name]) => context[name] !== undefined).map(([name, label]) => (
          <div key={name} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="font-mono break-all text-slate-900">{context[name]}</dd>
          </div>
        ))}
      </dl>
      {list.length === 0 ? (
        <p className="text-slate-700">
          Nothing to compare: say which kind of token this is, and what the client sent, to check it
          against the request.
        </p>
      ) : (
        <>
          <p
            role="status"
            className={`font-semibold ${failed ? 'text-red-800' : 'text-emerald-800'}`}
          >
            {failed
              ? `${failed} of ${list.length} checks failed against the request.`
              : `All ${passed} checks that apply passed${warnings ? `, with ${warnings === 1 ? 'one warning' : `${warnings} warnings`} below` : ''}.`}
          </p>
          <CheckList
            label="Checks against the request"
            items={list.map((check) => ({
              key: check.id,
              label: check.label,
              status: check.status,
              detail: check.reason,
              spec: check.spec,
              children: check.atHash && <AtHashSteps steps={check.atHash} />,
            }))}
          />
        </>
      )}
    </div>
  )
}

function AtHashSteps({ steps }: { steps: HalfHashSteps }) {
  return (
    <details className="mt-2" open>
      <summary className="cursor-pointer text-sm font-semibold text-slate-700">
        How at_hash is computed
      </summary>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-slate-800">
        <li>Take the access token&apos;s ASCII octets: {steps.inputOctets} bytes.</li>
        <li>
          Hash them with {steps.hash} ({steps.hashReason}):
          <span className="block font-mono text-xs break-all">{steps.digestHex}</span>
        </li>
        <li>
          Keep the left half, {steps.leftHalfOctets} bytes:
          <span className="block font-mono text-xs break-all">{steps.leftHalfHex}</span>
        </li>
        <li>
          Encode it as base64url without padding:{' '}
          <span className="font-mono font-semibold">{steps.value}</span>
        </li>
      </ol>
    </details>
  )
}
