import type { HalfHashSteps } from './at-hash'
import type { SpecRef } from './spec-ref'

/** One check of a token against the request that produced it, and why it came out as it did. */
export interface ContextCheck {
  id: 'typ' | 'iss' | 'aud' | 'azp' | 'client_id' | 'nonce' | 'at_hash' | 'scope'
  label: string
  /** `warn`: allowed by the spec, but worth a second look (a wider scope than requested). */
  status: 'pass' | 'fail' | 'warn' | 'skip'
  reason: string
  spec: SpecRef
  /** For at_hash: every step of the computation. */
  atHash?: HalfHashSteps
}

/** A claim's value as the reasons quote it. */
export const quote = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value))
