import type { TokenDecode } from '../../protocol/jwt/decode'
import { count, DISPLAY_LIMITS, firstOf } from './display-limits'

const FORMAT: Record<TokenDecode['format'], string> = {
  empty: 'No token',
  jws: 'JWS (signed JWT)',
  jwe: 'JWE (encrypted)',
  opaque: 'Opaque token',
  malformed: 'Malformed',
}

/** What kind of token this is, and every problem found while decoding, most basic first. */
export function DecodeReport({ decoded }: { decoded: TokenDecode }) {
  const clean = decoded.errors.length === 0
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-slate-700">Format:</span>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${clean ? 'bg-blue-100 text-blue-900' : 'bg-red-100 text-red-900'}`}
        >
          {FORMAT[decoded.format]}
        </span>
        <span className="text-slate-700">
          {clean
            ? 'Decodes without errors'
            : `${decoded.errors.length} ${decoded.errors.length === 1 ? 'problem' : 'problems'} while decoding`}
          {decoded.warnings.length > 0 &&
            `, ${decoded.warnings.length} ${decoded.warnings.length === 1 ? 'note' : 'notes'}`}
        </span>
      </p>
      <MessageList
        label="Decoding problems"
        messages={decoded.errors}
        mark="✗"
        className="border-red-300 bg-red-50 text-red-950"
        noun="problems"
      />
      <MessageList
        label="Decoding notes"
        messages={decoded.warnings}
        mark="!"
        className="border-amber-300 bg-amber-50 text-amber-950"
        noun="notes"
      />
    </div>
  )
}

interface MessageListProps {
  label: string
  messages: readonly string[]
  mark: string
  className: string
  noun: string
}

/** Up to DISPLAY_LIMITS.messages messages, one of each text, and a count of the rest. */
function MessageList({ label, messages, mark, className, noun }: MessageListProps) {
  if (messages.length === 0) return null
  const unique = [...new Set(messages)]
  const { shown, hidden } = firstOf(unique, DISPLAY_LIMITS.messages)
  const repeats = messages.length - unique.length
  return (
    <ul aria-label={label} className={`space-y-1 rounded-lg border p-3 ${className}`}>
      {shown.map((message) => (
        <li key={message} className="flex gap-2">
          <span aria-hidden="true" className="font-bold">
            {mark}
          </span>
          <span>{message}</span>
        </li>
      ))}
      {(hidden > 0 || repeats > 0) && (
        <li className="font-semibold">
          {[
            hidden > 0 && `${count(hidden)} more ${noun} not listed`,
            repeats > 0 && `${count(repeats)} repeated ${noun} listed once`,
          ]
            .filter(Boolean)
            .join('; ')}
          .
        </li>
      )}
    </ul>
  )
}
