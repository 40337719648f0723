import type { TokenDecode } from '../../protocol/jwt/decode'
import { count } from './display-limits'

/** What the inspector left out of a token too big to show in full, and what that turns off. */
export function CutSummary({ decoded }: { decoded: TokenDecode }) {
  if (decoded.cut.length === 0) return null
  return (
    <section
      aria-labelledby="cut-summary-title"
      className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950"
    >
      <h3 id="cut-summary-title" className="font-bold">
        Too big to show in full: {count(decoded.input.length)} characters pasted
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {decoded.cut.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
        {decoded.oversized && (
          <li>
            Part of the token was not decoded, so verification, the checks against a request and
            tampering are off for it.
          </li>
        )}
      </ul>
    </section>
  )
}
