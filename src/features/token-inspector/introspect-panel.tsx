import { useState } from 'react'
import type { IntrospectionResult } from '../../protocol/jwt/introspect'
import { rfc } from '../../protocol/jwt/spec-ref'
import type { TokenContext } from '../../protocol/jwt/token-context'
import type { Lab } from '../../wire/lab'
import { introspectionCallerFor, introspectWithLab } from './lab-introspection'
import { SpecLink } from './spec-link'
import { button } from './styles'

/** Asks the lab authorization server what an opaque token stands for (RFC 7662), and shows the exchange. */
export function IntrospectPanel({
  lab,
  token,
  context,
}: {
  lab: Lab
  token: string
  context: TokenContext
}) {
  const { caller, why } = introspectionCallerFor(context)
  const [result, setResult] = useState<IntrospectionResult>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState('')
  const ask = () => {
    setBusy(true)
    setFailure('')
    introspectWithLab(lab, token, caller, context.kind)
      .then(setResult)
      .catch((error: unknown) =>
        setFailure(`The request failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false))
  }
  const active = result?.body?.active === true
  return (
    <div className="space-y-3 text-slate-800">
      <p>
        An opaque token can only be looked up, not decoded: send it to the lab authorization
        server&apos;s introspection endpoint <SpecLink spec={rfc(7662, '2.1')} />. {why}
      </p>
      <p className="text-sm">
        Only tokens this lab issued since the page loaded are known to it (a reload makes a new lab
        with empty records); anything else is reported as not active.
      </p>
      <button type="button" className={button} onClick={ask} disabled={busy}>
        Introspect at the lab as {caller.clientId}
      </button>
      <p role="status" className="text-sm">
        {busy ? 'Asking the lab’s /introspect…' : failure}
      </p>
      {result && (
        <section
          aria-label="Introspection exchange"
          className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-3"
        >
          <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
            {`POST ${result.request.url}\nAuthorization: ${result.request.authorization}\nContent-Type: application/x-www-form-urlencoded\n\n${result.request.body}`}
          </pre>
          <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-slate-900">{`HTTP/1.1 ${result.status}\n\n${result.body ? JSON.stringify(result.body, null, 2) : result.raw}`}</pre>
          <p className={`font-semibold ${active ? 'text-emerald-800' : 'text-red-800'}`}>
            {result.meaning}
          </p>
        </section>
      )}
    </div>
  )
}
