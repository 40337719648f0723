import { createActor, waitFor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate'
import type { Page } from '../wire/browser'
import type { Exchange } from '../wire/exchange'
import type { FlowDefinition, IssuedToken, LearnerEvent, StepFact } from './flow-definition'
import type { FlowLab } from './flow-lab'
import { stepMetaOf, type StepMeta } from './step-meta'

/** One recorded step: what happened, kept so that going back and forth shows the same values. */
export interface SessionStep {
  /** 0-based position in the history. */
  index: number
  stepId: string
  meta: StepMeta
  /** The exchanges the wire recorded while this step ran (none for a local step). */
  exchanges: readonly Exchange[]
  /** Every token the client holds after this step. */
  tokens: readonly IssuedToken[]
  /** Values the step computed or checked. */
  facts: readonly StepFact[]
  /** What the browser window showed at the end of this step (its address bar and page). */
  browser: Page | null
  /** Events the learner may send at this step (for the browser window's own buttons). */
  accepts: readonly LearnerEvent['type'][]
  /** True on a step that ends the flow. */
  final: boolean
}

export interface FlowSessionState {
  /** starting: making keys and the first step; running: a step is in flight; error: it broke. */
  status: 'starting' | 'ready' | 'running' | 'error'
  steps: readonly SessionStep[]
  /** Index of the step on screen; -1 until the first step is recorded. */
  cursor: number
  error?: string
}

export interface FlowSession {
  getState(): FlowSessionState
  subscribe(listener: (state: FlowSessionState) => void): () => void
  /** Runs the first step (from scratch, like restart). */
  start(): Promise<void>
  /**
   * Moves forward. Inside the recorded history it only moves the cursor (the same recorded values);
   * at the recorded end it sends `event` (default `step.next`) and waits for the step to finish.
   */
  next(event?: LearnerEvent): Promise<void>
  previous(): void
  /** A fresh actor and browser over the same servers; the wire is cleared. */
  restart(): Promise<void>
  /** Shows step `index` (0-based), running the flow forward as far as needed; stops at an end. */
  goTo(index: number): Promise<void>
  /** Stops the run; queued steps are dropped. start() may begin again. */
  dispose(): void
}

/**
 * Runs one flow over a lab and records each step. Framework-free: the UI only projects it. The
 * session owns the lab's wire and browser while it lives (start and restart clear them).
 */
export function createFlowSession(flow: FlowDefinition, lab: FlowLab): FlowSession {
  let state: FlowSessionState = { status: 'starting', steps: [], cursor: -1 }
  let actor: AnyActorRef | undefined
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
    const before = lab.wire.exchanges().length
    set({ status: 'running' })
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
    const found = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)
    if (!found) throw new Error('The flow stopped in a state without step meta.')
    const step: SessionStep = {
      index: state.steps.length,
      stepId: found.stepId,
      meta: found.meta,
      exchanges: lab.wire.exchanges().slice(before),
      tokens: flow.tokensOf(snapshot),
      facts: flow.factsOf(snapshot),
      browser: lab.browser.page(),
      accepts: acceptedEvents(snapshot),
      final: snapshot.status === 'done',
    }
    set({ status: 'ready', steps: [...state.steps, step], cursor: step.index })
  }

  function startActor() {
    if (lab.restart) lab.restart()
    else {
      lab.wire.clear()
      lab.browser.reset()
    }
    actor = createActor(flow.machine, { input: { lab } })
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
    dispose() {
      generation++
      actor?.stop()
      actor = undefined
    },
  }
}

const LEARNER_EVENTS: readonly LearnerEvent['type'][] = [
  'user.login.submit',
  'user.consent.approve',
  'user.consent.deny',
]

function acceptedEvents(snapshot: AnyMachineSnapshot): LearnerEvent['type'][] {
  if (snapshot.status !== 'active') return []
  return LEARNER_EVENTS.filter((type) => snapshot.can({ type, username: '', password: '' }))
}
