import type { StepMeta } from './step-meta'

/** What a machine's `setup()` offers for typing a state config on its own. */
interface MachineSetup {
  createStateConfig(config: never): unknown
}
/** A state config of that machine, typed by its setup(): bad events, guards and actions fail tsc. */
type StateConfigOf<S extends MachineSetup> = Parameters<S['createStateConfig']>[0]
/** One invoke of that machine: `src` picks the actor, which types `input` and the done event's `output`. */
export type InvokeOf<S extends MachineSetup> = Exclude<
  NonNullable<StateConfigOf<S>['invoke']>,
  readonly unknown[]
>
type On<S extends MachineSetup> = StateConfigOf<S>['on']

/**
 * The three kinds of step state every flow is made of, typed by the flow's own setup():
 * - `work`: the step does one piece of work (a request over the wire, a computation) in its
 *   `running` child, then rests in `shown` (tag `settled`) until the learner's events `on`. Done
 *   goes to `shown` unless the invoke says otherwise; an error always goes to `onFailure`.
 * - `rest`: a step with nothing to run (the response of the step before, shown on its own).
 * - `end`: a final step.
 * The flow session waits for `settled` after each event, so each step is one recorded stop.
 */
export function stepStates<S extends MachineSetup>(
  machineSetup: S,
  onFailure: { target: string; actions: string },
) {
  const typed = (config: unknown) => machineSetup.createStateConfig(config as never)
  return {
    work(meta: StepMeta, invoke: InvokeOf<S> & { onError?: never }, on: On<S>) {
      return typed({
        meta,
        initial: 'running',
        states: {
          running: { invoke: { onDone: 'shown', ...(invoke as object), onError: onFailure } },
          shown: { tags: 'settled', on },
        },
      }) as StateConfigOf<S>
    },
    rest(meta: StepMeta, on: On<S>) {
      return typed({ meta, tags: 'settled', on }) as StateConfigOf<S>
    },
    end(meta: StepMeta) {
      return typed({ meta, tags: 'settled', type: 'final' }) as StateConfigOf<S>
    },
  }
}

/**
 * The transition action for a response no branch of the step expected (a 500, a missing token):
 * the flow's `unexpected` action keeps `message` for the failed step, which says what went wrong.
 */
export const unexpected = (message: string) => ({ type: 'unexpected', params: message }) as const
