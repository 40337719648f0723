import type { StepMeta } from '../step-meta'
import { acpSetup } from './authorization-code-pkce.setup'

/** A state config of the Authorization Code + PKCE machine, typed by its setup(). */
type AcpStateConfig = Parameters<typeof acpSetup.createStateConfig>[0]
/** One invoke of that machine: `src` picks the actor, which types `input` and the done event's `output`. */
export type AcpInvoke = Exclude<NonNullable<AcpStateConfig['invoke']>, readonly unknown[]>

/** Where every actor's failure goes: the `failed` end, with the error in words. */
export const FAIL = { target: '#acp.failed', actions: 'storeFailure' } as const

/**
 * A step that does one piece of work and then waits for the learner. Its `running` child invokes
 * `invoke` (done: to `shown` unless `invoke.onDone` says otherwise; error: always FAIL); its
 * `shown` child carries the tag `settled` and takes the learner's events `on`.
 */
export function requestStep(
  meta: StepMeta,
  invoke: AcpInvoke & { onError?: never },
  on: AcpStateConfig['on'],
) {
  return acpSetup.createStateConfig({
    meta,
    initial: 'running',
    states: {
      running: { invoke: { onDone: 'shown', ...invoke, onError: FAIL } },
      shown: { tags: 'settled', on },
    },
  })
}
