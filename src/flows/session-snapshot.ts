import type { AnyActorRef, AnyMachineSnapshot } from 'xstate'
import {
  checkPlainData,
  readArray,
  readBoolean,
  readFormat,
  readNumber,
  readObject,
  readString,
  SnapshotError,
} from '../protocol/snapshot-data'
import type { Page } from '../wire/browser'
import type { Exchange } from '../wire/exchange'
import { readPage } from '../wire/saved-records'
import type { FlowLab } from './kit/flow-lab'
import type { FlowModule, SwitchState } from './kit/flow-module'
import { switchState } from './kit/switches'
import type { SessionStep } from './session-step'

/** Bump when the shape of FlowSessionSnapshot (or of SessionStep) changes. */
export const SESSION_SNAPSHOT_FORMAT = 1

/**
 * A recorded step as saved: its teaching text is the flow's own (flow.steps by step id), its
 * exchanges are named by their numbers on the lab's wire (saved with the lab), and its pages by
 * their place in the snapshot's page list (a page that stays on screen for several steps is
 * saved once).
 */
export type SavedStep = Omit<SessionStep, 'meta' | 'exchanges' | 'pages'> & {
  exchanges: number[]
  pages: Record<string, number | null>
}

/**
 * A flow run at rest, as JSON data: the recorded steps, the step on screen, the switches, and the
 * machine's persisted snapshot (XState's getPersistedSnapshot) with `context.lab` left out: the
 * lab is saved on its own and put back on restore. Read it back with the same lab restored.
 */
export interface FlowSessionSnapshot {
  format: typeof SESSION_SNAPSHOT_FORMAT
  flowId: string
  switches: SwitchState
  cursor: number
  steps: SavedStep[]
  pages: Page[]
  machine: Record<string, unknown>
}

/** The session at rest as a snapshot; throws a SnapshotError if its machine cannot be saved. */
export function snapshotSession(
  flow: FlowModule,
  state: { steps: readonly SessionStep[]; cursor: number; switches: SwitchState },
  actor: AnyActorRef,
): FlowSessionSnapshot {
  const { context, children, ...rest } = actor.getPersistedSnapshot() as Record<string, unknown>
  if (Object.keys(children ?? {}).length > 0)
    throw new SnapshotError(
      'The flow is between steps (an actor is running); only a step at rest is saved.',
    )
  const { lab: _lab, ...data } = (context ?? {}) as Record<string, unknown>
  checkPlainData(data, `${flow.id}'s machine context`)
  const pages: Page[] = []
  const pageIndex = new Map<Page, number>()
  const indexOf = (page: Page | null) => {
    if (page === null) return null
    let index = pageIndex.get(page)
    if (index === undefined) pageIndex.set(page, (index = pages.push(page) - 1))
    return index
  }
  const steps = state.steps.map(({ meta: _meta, exchanges, pages: stepPages, ...step }) => ({
    ...step,
    exchanges: exchanges.map((exchange) => exchange.seq),
    pages: Object.fromEntries(
      Object.entries(stepPages).map(([surface, page]) => [surface, indexOf(page)]),
    ),
  }))
  checkPlainData(steps, `${flow.id}'s steps`)
  return {
    format: SESSION_SNAPSHOT_FORMAT,
    flowId: flow.id,
    switches: state.switches,
    cursor: state.cursor,
    steps,
    pages,
    machine: { ...rest, context: data, children: {} },
  }
}

/** One saved step, with its meta, exchanges and pages looked up again. */
function readStep(
  flow: FlowModule,
  value: unknown,
  index: number,
  lookUp: { exchange(seq: number): Exchange; page(index: number | null): Page | null },
): SessionStep {
  const what = `step ${index + 1}`
  const step = readObject(value, what)
  const stepId = readString(step.stepId, `${what}'s id`)
  const meta = Object.hasOwn(flow.steps, stepId) ? flow.steps[stepId] : undefined
  if (!meta) throw new SnapshotError(`${flow.id} has no step ${stepId} any more.`)
  if (step.index !== index)
    throw new SnapshotError(`${what} is saved as step ${String(step.index)}.`)
  readBoolean(step.final, `${what}'s end`)
  const clock = readObject(step.clock, `${what}'s clock`)
  for (const field of ['at', 'waited', 'skipped']) readNumber(clock[field], `${what}'s ${field}`)
  for (const field of ['tokens', 'facts']) readArray(step[field], `${what}'s ${field}`)
  readObject(step.screens, `${what}'s screens`)
  readArray(readObject(step.accepts, `${what}'s inputs`).choices, `${what}'s choices`)
  const pages = readObject(step.pages, `${what}'s pages`)
  return {
    ...(step as unknown as SessionStep),
    meta,
    exchanges: readArray(step.exchanges, `${what}'s exchanges`).map((seq) =>
      lookUp.exchange(readNumber(seq, `${what}'s exchange`)),
    ),
    pages: Object.fromEntries(
      Object.entries(pages).map(([surface, at]) => [
        surface,
        lookUp.page(at === null ? null : readNumber(at, `${what}'s page`)),
      ]),
    ),
  }
}

/**
 * Reads a saved session of `flow` over `lab` (restored from the same save): its steps, each
 * exchange found on the lab's wire by number, and the machine's snapshot with the lab put back.
 */
export function readSessionSnapshot(flow: FlowModule, lab: FlowLab, saved: unknown) {
  const object = readFormat(saved, SESSION_SNAPSHOT_FORMAT, 'The saved run')
  if (object.flowId !== flow.id)
    throw new SnapshotError(`The saved run is of ${String(object.flowId)}, not ${flow.id}.`)
  const pages = readArray(object.pages, 'the saved pages').map((page, i) =>
    readPage(page, `saved page ${i}`),
  )
  const bySeq = new Map(lab.wire.exchanges().map((exchange) => [exchange.seq, exchange]))
  const lookUp = {
    exchange(seq: number) {
      const exchange = bySeq.get(seq)
      if (!exchange) throw new SnapshotError(`Exchange ${seq} is not on the restored wire.`)
      return exchange
    },
    page(index: number | null) {
      if (index === null) return null
      const page = pages[index]
      if (!page) throw new SnapshotError(`There is no saved page ${index}.`)
      return page
    },
  }
  const steps = readArray(object.steps, 'the saved steps').map((step, i) =>
    readStep(flow, step, i, lookUp),
  )
  if (steps.length === 0) throw new SnapshotError('The saved run has no step.')
  const cursor = readNumber(object.cursor, 'the step on screen')
  if (!Number.isInteger(cursor) || cursor < 0 || cursor >= steps.length)
    throw new SnapshotError(`The step on screen (${cursor}) is not a recorded step.`)
  const machine = readObject(object.machine, "the flow machine's snapshot")
  const switches = switchState(
    flow,
    readObject(object.switches, 'the saved switches') as SwitchState,
  )
  return {
    steps,
    cursor,
    switches,
    machine: (context: { lab: FlowLab }) =>
      ({
        ...machine,
        context: { ...readObject(machine.context, "the machine's context"), ...context },
      }) as unknown as AnyMachineSnapshot,
  }
}
