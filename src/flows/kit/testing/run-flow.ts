import { createActor, type AnyMachineSnapshot } from 'xstate'
import { createLab, type Lab } from '../../../wire/lab'
import type { FlowModule, LearnerEvent } from '../flow-module'
import { stepMetaOf, type StepMeta } from '../step-meta'
import { serverSetup, switchState } from '../switches'

/** More steps than any flow's longest path: a run that gets here loops. */
const MAX_STEPS = 60

/** The step id of a snapshot (the one active state with step meta). */
export function stepIdOf(snapshot: AnyMachineSnapshot): string {
  return stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)?.stepId ?? '?'
}

export interface FlowRun {
  lab: Lab
  /** The step ids in the order the run settled on them. */
  visited: string[]
  snapshot: AnyMachineSnapshot
}

/**
 * Runs a flow's machine against real servers in a fresh lab set up as the flow asks: at each
 * settled step it sends the event `events` names for that step (by step id, or `stepId#n` for the
 * n-th visit, counting from 1), else `step.next`, until the machine stops.
 */
export async function runFlow(
  flow: FlowModule,
  events: Readonly<Record<string, LearnerEvent>> = {},
  lab: Lab = createLab(),
  chosen: Readonly<Record<string, boolean>> = {},
): Promise<FlowRun> {
  const switches = switchState(flow, chosen)
  lab.configure(serverSetup(flow, switches))
  const actor = createActor(flow.machine, { input: { lab, switches } })
  const visited: string[] = []
  let last: AnyMachineSnapshot | undefined
  const done = new Promise<AnyMachineSnapshot>((resolve, reject) => {
    actor.subscribe({
      next(snapshot) {
        if (!snapshot.hasTag('settled') || snapshot === last) return
        last = snapshot
        const step = stepIdOf(snapshot)
        visited.push(step)
        if (visited.length > MAX_STEPS)
          return reject(
            new Error(`No end after ${MAX_STEPS} steps: ${visited.slice(-8).join(', ')}…`),
          )
        if (snapshot.status !== 'active') return resolve(snapshot)
        const visit = visited.filter((id) => id === step).length
        const event = events[`${step}#${visit}`] ?? events[step] ?? { type: 'step.next' }
        queueMicrotask(() => actor.send(event))
      },
      error: reject,
    })
  })
  actor.start()
  const snapshot = await done
  if (snapshot.status === 'error') throw snapshot.error
  return { lab, visited, snapshot }
}

/** The recorded exchanges, one line each: "client POST /token 200". */
export function exchangeLines(lab: Lab): string[] {
  return lab.wire
    .exchanges()
    .map(
      (e) =>
        `${e.from} ${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`,
    )
}
