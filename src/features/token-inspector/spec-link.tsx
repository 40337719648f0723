import type { SpecRef } from '../../protocol/jwt/spec-ref'

/** A citation that opens the spec section in a new tab. */
export function SpecLink({ spec }: { spec: SpecRef }) {
  return (
    <a
      href={spec.href}
      target="_blank"
      rel="noreferrer"
      className="whitespace-nowrap text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {spec.label}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}
