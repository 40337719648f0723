import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate'
import { getShortestPaths, getSimplePaths } from 'xstate/graph'
import type { FlowLab } from '../flow-lab'
import type { LearnerEvent } from '../flow-module'
import type { StepForm, StepMeta } from '../step-meta'
import { stepIdOf } from './run-flow'

/**
 * Walks every path of a flow's machine with xstate/graph. The invoked actors make real requests,
 * so the walk stands in for them: where a step's actor runs, the events are its possible outcomes
 * (a done event per output listed for `src@stepId` or `src`, and an error event); elsewhere they
 * are the learner's events: Next step, the step's choices, and the forms `forms` lists for it.
 * Whole runs against real servers (runFlow) cover the live paths.
 */
export interface WalkOptions {
  outcomes: Readonly<Record<string, readonly unknown[]>>
  /** Extra learner events by step id (a form submitted with Deny, typed credentials). */
  learnerEvents?: Readonly<Record<string, readonly LearnerEvent[]>>
  /**
   * What makes two states different for the walk; by default the state and the whole context. A
   * machine with loops that grow its context (every slow_down adds 5 seconds) needs a coarser key,
   * or the walk never ends.
   */
  stateKey?(snapshot: AnyMachineSnapshot): unknown
  /** More of the machine's input than the lab (the switches a run starts with). */
  input?: Readonly<Record<string, unknown>>
}

const submitted = (form: StepForm): LearnerEvent => ({
  type: 'form.submit',
  surface: form.surface,
  fields: { ...form.fields },
  ...(form.submitter === undefined ? {} : { submitter: form.submitter }),
})

export function walkOptions(options: WalkOptions) {
  function events(snapshot: AnyMachineSnapshot): EventObject[] {
    const step = stepIdOf(snapshot)
    const running = Object.entries(snapshot.children)[0]
    if (running) {
      const [id, child] = running
      const src = String((child as AnyActorRef).src)
      const outputs = options.outcomes[`${src}@${step}`] ?? options.outcomes[src] ?? []
      return [
        ...outputs.map((output) => ({ type: `xstate.done.actor.${id}`, output }) as EventObject),
        { type: `xstate.error.actor.${id}`, error: new Error('network down') } as EventObject,
      ]
    }
    const meta = Object.values(snapshot.getMeta() as Record<string, StepMeta>)[0]
    const form = meta?.form
    const learner: LearnerEvent[] = [
      { type: 'step.next' },
      ...(meta?.choices ?? []).map((choice) => ({ type: choice.event })),
      ...(form ? [submitted(form)] : []),
      ...(options.learnerEvents?.[step] ?? []),
    ]
    return learner
  }
  return {
    input: { lab: {} as FlowLab, ...options.input },
    events,
    serializeState: (snapshot: AnyMachineSnapshot) =>
      JSON.stringify(
        options.stateKey?.(snapshot) ?? [snapshot.value, { ...snapshot.context, lab: undefined }],
      ),
  }
}

/** The steps a path rested on, in order. */
export const settledSteps = (path: { steps: { state: AnyMachineSnapshot }[] }) =>
  path.steps.filter((step) => step.state.hasTag('settled')).map((step) => stepIdOf(step.state))

/** The shortest path to every end of the machine. */
export function pathsToEnds(machine: AnyStateMachine, options: WalkOptions) {
  return getShortestPaths(machine, {
    ...walkOptions(options),
    toState: (s: AnyMachineSnapshot) => s.status === 'done',
  })
}

/** The shortest path to each state `where` picks: for machines with loops, where simple paths explode. */
export function pathsToStates(
  machine: AnyStateMachine,
  options: WalkOptions,
  where: (s: AnyMachineSnapshot) => boolean,
) {
  return getShortestPaths(machine, { ...walkOptions(options), toState: where })
}

/** Every simple path to the states `where` picks. */
export function pathsTo(
  machine: AnyStateMachine,
  options: WalkOptions,
  where: (s: AnyMachineSnapshot) => boolean,
) {
  return getSimplePaths(machine, { ...walkOptions(options), toState: where })
}
