import { createActor, waitFor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate'
import { SnapshotError } from '../protocol/snapshot-data'
import type { FlowLab } from './kit/flow-lab'
import type { FlowModule, LearnerEvent, SwitchState } from './kit/flow-module'
import { stepMetaOf, type StepMeta } from './kit/step-meta'
import { serverSetup, switchState } from './kit/switches'
import { readSessionSnapshot, snapshotSession, type FlowSessionSnapshot } from './session-snapshot'
import { recordStep, type SessionStep } from './session-step'

export type { SessionStep } from './session-step'
export type { FlowSessionSnapshot } from './session-snapshot'

export interface FlowSessionState {
  /** starting: making keys and the first step; running: a step is in flight; error: it broke. */
  status: 'starting' | 'ready' | 'running' | 'error'
  steps: readonly SessionStep[]
  /** Index of the step on screen; -1 until the first step is recorded. */
  cursor: number
  /** The flow's switches as this run has them. */
  switches: SwitchState
  error?: string
}

export interface FlowSession {
  readonly flow: FlowModule
  getState(): FlowSessionState
  subscribe(listener: (state: FlowSessionState) => void): () => void
  /** Sets the lab up for this flow and runs the first step (from scratch, like restart). */
  start(): Promise<void>
  /**
   * Moves forward. Inside the recorded history it only moves the cursor (the same recorded values);
   * at the recorded end it sends `event` (default `step.next`) and waits for the step to finish.
   */
  next(event?: LearnerEvent): Promise<void>
  previous(): void
  /** A fresh actor and browsers over the same servers; the wire is cleared. */
  restart(): Promise<void>
  /** Shows step `index` (0-based), running the flow forward as far as needed; stops at an end. */
  goTo(index: number): Promise<void>
  /**
   * Moves the lab clock on by `seconds` at the recorded end, and records it with the last step, so
   * that the next step gets the servers' real answer for that time and back and forth stay true.
   */
  skipAhead(seconds: number): Promise<void>
  /** Flips switches (defences) and starts a fresh run with them. */
  setSwitches(chosen: Readonly<Record<string, boolean>>): Promise<void>
  /** Stops the run; queued steps are dropped. start() may begin again. */
  dispose(): void
  /**
   * The run as JSON data for a page reload (restoreFlowSession), or undefined while it is not at
   * rest (starting, a step running, stopped by an error). The lab is saved on its own.
   */
  snapshot(): FlowSessionSnapshot | undefined
}

/**
 * Runs one flow over a lab and records each step. Framework-free: the UI only projects it. The
 * session owns the lab's wire and browsers while it lives (start and restart clear them).
 */
export function createFlowSession(
  flow: FlowModule,
  lab: FlowLab,
  chosen: Readonly<Record<string, boolean>> = {},
): FlowSession {
  return buildSession(flow, lab, {
    status: 'starting',
    steps: [],
    cursor: -1,
    switches: switchState(flow, chosen),
  })
}

/**
 * The run a snapshot saved, at rest on its step: the same recorded steps, and the machine where it
 * was, over `lab` restored from the same save, so Next step goes on against servers that remember
 * what they issued. Throws a SnapshotError when the snapshot does not fit this flow or this lab.
 */
export function restoreFlowSession(flow: FlowModule, lab: FlowLab, saved: unknown): FlowSession {
  const { steps, cursor, switches, machine } = readSessionSnapshot(flow, lab, saved)
  // What the lab keeps outside its servers' snapshots (the calendar API's audience check).
  lab.configure(serverSetup(flow, switches))
  const actor = createActor(flow.machine, { snapshot: machine({ lab }), input: { lab, switches } })
  // XState keeps a snapshot it cannot restore as an error snapshot, reported once started.
  const restored = actor.getSnapshot() as { status: string; error?: unknown }
  if (restored.status === 'error') {
    const { error } = restored
    throw new SnapshotError(
      `The flow's machine cannot take the saved state (${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  actor.start()
  const snapshot = actor.getSnapshot() as AnyMachineSnapshot
  const last = steps.at(-1)
  const found = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)
  const atRest = snapshot.status === 'done' || snapshot.hasTag('settled')
  if (!atRest || found?.stepId !== last?.stepId || (snapshot.status === 'done') !== last?.final) {
    actor.stop()
    throw new SnapshotError(
      `The saved machine is at ${found?.stepId ?? 'no step'}, not at rest on ${last?.stepId ?? 'a step'}.`,
    )
  }
  return buildSession(flow, lab, { status: 'ready', steps, cursor, switches }, actor)
}

function buildSession(
  flow: FlowModule,
  lab: FlowLab,
  initial: FlowSessionState,
  restoredActor?: AnyActorRef,
): FlowSession {
  let state = initial
  let actor: AnyActorRef | undefined = restoredActor
  let generation = 0
  let queue: Promise<void> = Promise.resolve()
  const listeners = new Set<(state: FlowSessionState) => void>()

  function set(patch: Partial<FlowSessionState>) {
    state = { ...state, ...patch }
    for (const listener of [...listeners]) listener(state)
  }

  /** Serialises operations; an operation queued before a restart does nothing after it. */
  function enqueue(operation: () => Promise<void>): Promise<void> {
    const queuedIn = generation
    queue = queue.then(() => (queuedIn === generation ? operation() : undefined)).catch(fail)
    return queue
  }

  function fail(error: unknown) {
    set({ status: 'error', error: error instanceof Error ? error.message : String(error) })
  }

  async function runStep(send?: () => void) {
    if (!actor) throw new Error('The flow session has not started.')
    const current = actor
    const before = { exchanges: lab.wire.exchanges().length, at: lab.clock.now() }
    set({ status: 'running' })
    // One task for the busy state to paint before the step's work starts.
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (current !== actor) return
    send?.()
    let snapshot: AnyMachineSnapshot
    try {
      snapshot = await waitFor(
        current,
        (s: AnyMachineSnapshot) => s.hasTag('settled') || s.status !== 'active',
        { timeout: 30_000 },
      )
    } catch (error) {
      if (current !== actor) return // restarted while this step ran: its result no longer matters
      throw error
    }
    if (current !== actor) return
    if (snapshot.status === 'error') throw snapshot.error
    const step = recordStep(flow, lab, snapshot, {
      index: state.steps.length,
      exchanges: lab.wire.exchanges().slice(before.exchanges),
      startedAt: before.at,
    })
    set({ status: 'ready', steps: [...state.steps, step], cursor: step.index })
  }

  function startActor() {
    lab.configure(serverSetup(flow, state.switches))
    lab.restart()
    actor = createActor(flow.machine, { input: { lab, switches: state.switches } })
    actor.start()
  }

  /** A fresh run: whatever was queued or running is dropped, the lab restarts, step 1 runs. */
  function begin(): Promise<void> {
    generation++
    actor?.stop()
    actor = undefined
    set({ status: 'starting', steps: [], cursor: -1, error: undefined })
    return enqueue(async () => {
      startActor()
      await runStep()
    })
  }

  const atRecordedEnd = () => state.cursor === state.steps.length - 1
  const last = () => state.steps.at(-1)

  return {
    flow,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start: begin,
    next: (event) =>
      enqueue(async () => {
        if (!atRecordedEnd()) return set({ cursor: state.cursor + 1 })
        if (last()?.final) return
        await runStep(() => actor?.send(event ?? { type: 'step.next' }))
      }),
    previous() {
      if (state.cursor > 0) set({ cursor: state.cursor - 1 })
    },
    restart: begin,
    goTo: (index) =>
      enqueue(async () => {
        while (state.steps.length <= index && !last()?.final) {
          if (!actor) return
          await runStep(() => actor?.send({ type: 'step.next' }))
        }
        set({ cursor: Math.max(0, Math.min(index, state.steps.length - 1)) })
      }),
    skipAhead: (seconds) =>
      enqueue(async () => {
        const step = last()
        if (!actor || !step || !atRecordedEnd() || !(seconds > 0)) return
        lab.clock.advance(seconds)
        const at = lab.clock.now()
        const updated: SessionStep = {
          ...step,
          clock: { ...step.clock, at, skipped: step.clock.skipped + seconds },
          facts: flow.factsOf(actor.getSnapshot(), at),
        }
        set({ steps: [...state.steps.slice(0, -1), updated] })
      }),
    setSwitches(next) {
      set({ switches: switchState(flow, { ...state.switches, ...next }) })
      return begin()
    },
    dispose() {
      generation++
      actor?.stop()
      actor = undefined
    },
    snapshot() {
      if (state.status !== 'ready' || !actor || state.steps.length === 0) return undefined
      return snapshotSession(flow, state, actor)
    },
  }
}
