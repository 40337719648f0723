import type { Exchange } from '../../../wire/exchange'
import { describeBody } from '../panels/http/http-decode'
import { headerValue } from '../../../wire/exchange'

/** Headers that matter to a room; the rest stay in the HTTP panel. */
const SHOWN_HEADERS = new Set([
  'authorization',
  'content-type',
  'location',
  'www-authenticate',
  'cache-control',
  'set-cookie',
  'cookie',
  'dpop',
])

function body(contentType: string | undefined, text: string | null): string {
  const view = describeBody(contentType, text)
  if (view.kind === 'json') return JSON.stringify(view.value, null, 2)
  if (view.kind === 'form') return view.fields.map(([name, value]) => `${name}=${value}`).join('\n')
  return text ?? ''
}

/**
 * One half of an exchange as raw HTTP, large enough to read from the back of a room: the request
 * or status line, the headers that matter, and the body (forms one field a line, JSON indented).
 */
export function RawHttp({ exchange, half }: { exchange: Exchange; half: 'request' | 'response' }) {
  const message = half === 'request' ? exchange.request : exchange.response
  const url = new URL(exchange.request.url)
  const first =
    half === 'request'
      ? `${exchange.request.method} ${url.pathname}${url.search} HTTP/1.1\nHost: ${url.host}`
      : `HTTP/1.1 ${exchange.response.status} ${exchange.response.statusText}`
  const headers = message.headers
    .filter(([name]) => SHOWN_HEADERS.has(name))
    .map(([name, value]) => `${name}: ${value}`)
  const text = body(headerValue(message.headers, 'content-type'), message.body)
  return (
    <pre className="h-full overflow-hidden rounded-lg bg-slate-900 p-[0.8em] font-mono text-[0.9em] leading-snug whitespace-pre-wrap text-slate-50 [overflow-wrap:anywhere] print:h-auto print:border print:border-black print:bg-white print:text-black">
      <span className="font-bold text-amber-300">{first}</span>
      {headers.length > 0 && `\n${headers.join('\n')}`}
      {text && `\n\n${text}`}
    </pre>
  )
}
