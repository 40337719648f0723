import type { AnyMachineSnapshot } from 'xstate'
import type { Page } from '../wire/browser'
import type { Exchange } from '../wire/exchange'
import type { FlowLab } from './kit/flow-lab'
import type { FlowModule, IssuedToken, ScreenView, StepFact } from './kit/flow-module'
import { stepMetaOf, type StepChoice, type StepForm, type StepMeta } from './kit/step-meta'

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
  /** What each browser window showed at the end of this step, by surface id. */
  pages: Readonly<Record<string, Page | null>>
  /** What each device screen showed, by surface id. */
  screens: Readonly<Record<string, ScreenView>>
  /** What the learner may send at this step besides Next step. */
  accepts: {
    /** The form the machine takes (`form.submit`), as Next step would submit it, if any. */
    form?: StepForm
    choices: readonly StepChoice[]
  }
  /** True on a step that ends the flow. */
  final: boolean
  /** The lab clock: its reading (ms) when the step settled, and the seconds that passed in it. */
  clock: {
    at: number
    /** Seconds the flow let pass before this step's message (its `wait`). */
    waited: number
    /** Seconds the learner skipped ahead while this step was the last one. */
    skipped: number
  }
}

/** Projects a settled snapshot, and what the lab recorded while the step ran, into a SessionStep. */
export function recordStep(
  flow: FlowModule,
  lab: FlowLab,
  snapshot: AnyMachineSnapshot,
  run: { index: number; exchanges: readonly Exchange[]; startedAt: number },
): SessionStep {
  const found = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)
  if (!found) throw new Error('The flow stopped in a state without step meta.')
  const at = lab.clock.now()
  const pages: Record<string, Page | null> = {}
  for (const surface of flow.stage.surfaces)
    if (surface.kind === 'browser') pages[surface.id] = lab.browser(surface.role).page()
  return {
    index: run.index,
    stepId: found.stepId,
    meta: found.meta,
    exchanges: run.exchanges,
    tokens: flow.tokensOf(snapshot),
    facts: flow.factsOf(snapshot, at),
    pages,
    screens: flow.screensOf(snapshot),
    accepts: acceptedInput(snapshot, found.meta, flow.prefillOf?.(snapshot)),
    final: snapshot.status === 'done',
    clock: { at, waited: Math.round((at - run.startedAt) / 1000), skipped: 0 },
  }
}

function acceptedInput(
  snapshot: AnyMachineSnapshot,
  meta: StepMeta,
  prefill: Readonly<Record<string, string>> = {},
): SessionStep['accepts'] {
  if (snapshot.status !== 'active') return { choices: [] }
  const form = meta.form
  const takesForm =
    form !== undefined && snapshot.can({ type: 'form.submit', surface: form.surface, fields: {} })
  return {
    ...(takesForm ? { form: { ...form, fields: { ...form.fields, ...prefill } } } : {}),
    choices: (meta.choices ?? []).filter((choice) => snapshot.can({ type: choice.event })),
  }
}
