import type { TokenDecode } from '../../protocol/jwt/decode'
import { SEGMENT_TEXT } from './segment-colours'

/** The token as decoded, each segment in its colour, with a legend naming the segments. */
export function RawToken({ decoded, label }: { decoded: TokenDecode; label: string }) {
  if (decoded.segments.length === 0) {
    return <p className="font-mono text-sm break-all text-slate-800">{decoded.token}</p>
  }
  return (
    <figure>
      <figcaption className="sr-only">{label}</figcaption>
      <p className="font-mono text-sm leading-relaxed break-all">
        {decoded.segments.map((segment, index) => (
          <span key={segment.start}>
            {index > 0 && <span className="font-bold text-slate-900">.</span>}
            <span className={SEGMENT_TEXT[segment.role]}>
              {segment.text || <span className="text-slate-500 italic">(empty)</span>}
            </span>
          </span>
        ))}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Segments">
        {decoded.segments.map((segment) => (
          <li key={segment.start} className={`font-semibold ${SEGMENT_TEXT[segment.role]}`}>
            <span aria-hidden="true">■ </span>
            {segment.label}{' '}
            <span className="font-normal text-slate-700">({segment.text.length} characters)</span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
