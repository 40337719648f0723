import type { SpeakerNotes, StepMeta, WrongAnswer } from './step-meta'

/** What a step table gets from its flow's teaching file: speaker notes, and the quiz's wrong answers. */
export interface StepTeaching {
  notes?: SpeakerNotes
  quiz?: readonly [WrongAnswer, WrongAnswer]
}

/**
 * A flow's step table with its teaching text merged in. The narration and the classroom material
 * (the speaker notes, and the quiz where a flow has one) live in files of their own in the flow's
 * folder, so each reads in one sitting; a teaching entry for a step the table does not have is a
 * mistake, refused at load.
 */
export function withTeaching<Table extends Record<string, StepMeta>>(
  steps: Table,
  ...tables: readonly Readonly<Record<string, StepTeaching>>[]
): Table {
  const unknown = tables
    .flatMap((table) => Object.keys(table))
    .filter((id) => !Object.hasOwn(steps, id))
  if (unknown.length > 0)
    throw new Error(`Teaching text for steps that do not exist: ${unknown.join(', ')}.`)
  return Object.fromEntries(
    Object.entries(steps).map(([id, meta]) => [
      id,
      Object.assign({}, meta, ...tables.map((table) => table[id])) as StepMeta,
    ]),
  ) as Table
}
