import type { TokenDecode } from '../../protocol/jwt/decode'
import { clip, count, DISPLAY_LIMITS } from './display-limits'
import { MoreMarker } from './more-marker'
import { SEGMENT_TEXT } from './segment-colours'

/**
 * The token as decoded, each segment in its colour, with a legend naming the segments. Each
 * segment shows at most DISPLAY_LIMITS.rawSegmentChars characters; the rest is counted.
 */
export function RawToken({ decoded, label }: { decoded: TokenDecode; label: string }) {
  const limit = DISPLAY_LIMITS.rawSegmentChars
  if (decoded.segments.length === 0) {
    const { shown, hidden } = clip(decoded.token, limit)
    return (
      <p className="font-mono text-sm break-all text-slate-800">
        {shown}
        <MoreMarker hidden={hidden} unit="characters" />
      </p>
    )
  }
  return (
    <figure>
      <figcaption className="sr-only">{label}</figcaption>
      <p className="font-mono text-sm leading-relaxed break-all">
        {decoded.segments.map((segment, index) => {
          const { shown, hidden } = clip(segment.text, limit)
          return (
            <span key={segment.start}>
              {index > 0 && <span className="font-bold text-slate-900">.</span>}
              <span className={SEGMENT_TEXT[segment.role]}>
                {shown || <span className="text-slate-500 italic">(empty)</span>}
                <MoreMarker hidden={hidden} unit="characters" />
              </span>
            </span>
          )
        })}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Segments">
        {decoded.segments.map((segment) => (
          <li key={segment.start} className={`font-semibold ${SEGMENT_TEXT[segment.role]}`}>
            <span aria-hidden="true">■ </span>
            {segment.label}{' '}
            <span className="font-normal text-slate-700">
              ({count(segment.text.length)} characters)
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
