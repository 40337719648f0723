import type { ReplayResult } from '../../protocol/jwt/replay'
import { rfc } from '../../protocol/jwt/spec-ref'
import { SpecLink } from './spec-link'

/** The request the inspector sent and the resource server's answer, raw, with what it means. */
export function ReplayResultView({ result, heading }: { result: ReplayResult; heading: string }) {
  const ok = result.status >= 200 && result.status < 300
  const shortToken =
    result.request.authorization.length > 60
      ? `${result.request.authorization.slice(0, 60)}…`
      : result.request.authorization
  return (
    <section
      aria-label={heading}
      className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-3"
    >
      <h4 className="font-semibold text-slate-900">{heading}</h4>
      <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
        {`${result.request.method} ${result.request.url}\nAuthorization: ${shortToken}`}
      </pre>
      <p role="status" className={`font-semibold ${ok ? 'text-emerald-800' : 'text-red-800'}`}>
        {result.status} {result.statusText}
        {result.challenge.error ? ` · error="${result.challenge.error}"` : ''}
      </p>
      <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
        {`HTTP/1.1 ${result.status} ${result.statusText}\n${result.wwwAuthenticate ? `WWW-Authenticate: ${result.wwwAuthenticate}\n` : ''}\n${result.body.trim()}`}
      </pre>
      {result.challenge.error_description && (
        <p className="text-slate-900">
          <span className="font-semibold">The server&apos;s reason (error_description):</span>{' '}
          {result.challenge.error_description}
        </p>
      )}
      <p className="text-slate-800">
        {result.meaning} <SpecLink spec={rfc(6750, '3.1')} />
      </p>
    </section>
  )
}
