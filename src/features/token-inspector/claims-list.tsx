import { explainClaim, explainHeaderParam } from '../../protocol/jwt/claim-docs'
import type { TokenSegment } from '../../protocol/jwt/decode'
import { describeTimeClaim, formatNumericDate, type TimeClaim } from '../../protocol/jwt/time'
import { clip, count, DISPLAY_LIMITS, firstOf } from './display-limits'
import { MoreMarker } from './more-marker'
import { SEGMENT_BORDER, SEGMENT_TEXT } from './segment-colours'
import { SpecLink } from './spec-link'

const TIME_CLAIMS = new Set<string>(['exp', 'nbf', 'iat', 'auth_time'])
const STATE_CLASS = {
  ok: 'text-emerald-800',
  bad: 'text-red-800',
  neutral: 'text-slate-700',
} as const

interface ClaimsListProps {
  segment: TokenSegment
  title: string
  /** The decoded JSON object, or null when the segment does not decode to one. */
  object: Record<string, unknown> | null
  kind?: 'access_token' | 'id_token'
  /** A JWE header's alg is key management, not a signature (RFC 7516 §4.1.1). */
  format?: 'jws' | 'jwe'
  nowMs: number
}

/** A header or payload: each member with its value and a sentence that explains it, times counting live. */
export function ClaimsList({ segment, title, object, kind, format, nowMs }: ClaimsListProps) {
  const isHeader = segment.role === 'header'
  const members = firstOf(object ? Object.entries(object) : [], DISPLAY_LIMITS.members)
  return (
    <section
      aria-label={title}
      className={`min-w-0 rounded-xl border-t-4 bg-white p-4 shadow-sm ${SEGMENT_BORDER[segment.role]}`}
    >
      <h3 className={`text-lg font-bold ${SEGMENT_TEXT[segment.role]}`}>{title}</h3>
      {object === null ? (
        <p className="mt-2 text-slate-800">
          {segment.tooLong
            ? 'Too long to decode; see what was left out above.'
            : segment.decodedText === null
              ? 'This segment does not decode; see the problems above.'
              : segment.jsonErrorAt !== undefined
                ? `The decoded text is not JSON; it breaks at position ${segment.jsonErrorAt}, marked below.`
                : 'The decoded text is JSON, but not an object; see the problems above.'}
        </p>
      ) : (
        <dl className="mt-2 divide-y divide-slate-200">
          {members.shown.map(([name, value]) => {
            const explanation = isHeader
              ? explainHeaderParam(name, value, format)
              : explainClaim(name, value, kind)
            const time =
              !isHeader && TIME_CLAIMS.has(name) && typeof value === 'number'
                ? describeTimeClaim(name as TimeClaim, value, nowMs)
                : undefined
            return (
              <div key={name} className="py-2">
                <dt className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-mono font-semibold text-slate-900">{name}</span>
                  <span className="text-sm">
                    <SpecLink spec={explanation.spec} />
                  </span>
                </dt>
                <JsonValue value={value} />
                {time && typeof value === 'number' && (
                  <dd className="text-sm">
                    {formatNumericDate(value)} ·{' '}
                    <span className={`font-semibold ${STATE_CLASS[time.state]}`}>{time.text}</span>
                  </dd>
                )}
                <dd className="mt-0.5 text-slate-700">{explanation.sentence}</dd>
              </div>
            )
          })}
        </dl>
      )}
      {members.hidden > 0 && (
        <p className="mt-2 font-semibold text-slate-800">
          {count(members.hidden)} more members not listed (the first {count(DISPLAY_LIMITS.members)}{' '}
          are); all of them are in the decoded text below.
        </p>
      )}
      {segment.decodedText !== null && (
        <details className="mt-2" open={object === null}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-700">
            Decoded text
          </summary>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
            <MarkedText text={segment.decodedText} at={segment.jsonErrorAt} />
          </pre>
        </details>
      )}
    </section>
  )
}

/** A member's value as JSON, cut at DISPLAY_LIMITS.valueChars characters. */
function JsonValue({ value }: { value: unknown }) {
  const { shown, hidden } = clip(JSON.stringify(value) ?? String(value), DISPLAY_LIMITS.valueChars)
  return (
    <dd className="mt-1 font-mono text-sm break-all text-slate-900">
      {shown}
      <MoreMarker hidden={hidden} unit="characters" />
    </dd>
  )
}

/** The text with the character at `at` highlighted (or a marker at the end when the text ends too soon). */
function MarkedText({ text, at }: { text: string; at?: number }) {
  if (at === undefined) return text
  const bad = text.slice(at, at + 1)
  return (
    <>
      {text.slice(0, at)}
      <mark className="rounded-sm bg-red-200 px-0.5 text-red-950 outline outline-red-700">
        <span className="sr-only">error here: </span>
        {bad || '␄'}
      </mark>
      {text.slice(at + 1)}
    </>
  )
}
