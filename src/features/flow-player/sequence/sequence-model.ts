import type { Cast, FlowStage } from '../../../flows/kit/flow-module'
import type { StepChannel, StepMeta } from '../../../flows/kit/step-meta'
import { ROLE_NAMES, type RoleId } from '../../../protocol/roles'
import type { TimelineItem } from '../timeline'

/** One lifeline: a cast member, left to right in the order the wide layout places them. */
export interface Lifeline {
  role: RoleId
  name: string
  roleName: string
}

/** One step on the sequence diagram: an arrow between two lifelines, or a note on one (local). */
export interface SequenceMessage {
  /** 1-based, the step number used everywhere. */
  number: number
  from: RoleId
  to: RoleId
  label: string
  title: string
  channel: StepChannel
  /** The response of the step before: drawn as a return arrow. */
  response: boolean
  state: TimelineItem['state']
}

export interface SequenceModel {
  lifelines: Lifeline[]
  messages: SequenceMessage[]
}

/** Lifelines in reading order: the wide layout's columns, then its rows. */
function lifelinesOf(stage: Pick<FlowStage, 'cast' | 'layout'>): Lifeline[] {
  const roles = Object.keys(stage.cast) as RoleId[]
  const place = (role: RoleId) => stage.layout.wide[role] ?? { col: 0, row: 0 }
  return [...roles]
    .sort((a, b) => place(a).col - place(b).col || place(a).row - place(b).row)
    .map((role) => ({ role, name: nameOf(stage.cast, role), roleName: ROLE_NAMES[role] }))
}

export const nameOf = (cast: Cast, role: RoleId) => cast[role]?.name ?? ROLE_NAMES[role]

/**
 * The whole flow at once, the picture in every OAuth text: one lifeline per cast member, one
 * message per step (recorded, then planned) numbered as in the step list. A projection of the
 * same timeline the step list shows.
 */
export function sequenceModel(
  stage: Pick<FlowStage, 'cast' | 'layout'>,
  items: readonly TimelineItem[],
  metaOf: (item: TimelineItem) => StepMeta | undefined,
): SequenceModel {
  const messages = items.flatMap((item) => {
    const meta = metaOf(item)
    if (!meta) return []
    return [
      {
        number: item.number,
        from: meta.from,
        to: meta.to,
        label: meta.label,
        title: meta.title,
        channel: meta.channel,
        response: meta.response === true,
        state: item.state,
      },
    ]
  })
  return { lifelines: lifelinesOf(stage), messages }
}

const MERMAID_ARROW: Record<StepChannel, string> = {
  front: '->>',
  back: '-->>',
  'out-of-band': '-)',
  local: '->>',
}

/** The flow as Mermaid `sequenceDiagram` text: front channel solid, back channel dotted. */
export function toMermaid(title: string, model: SequenceModel): string {
  const id = (role: RoleId) => role.replace(/-(.)/g, (_, c: string) => c.toUpperCase())
  const text = (value: string) => value.replace(/[;#]/g, ' ').replace(/\s+/g, ' ').trim()
  const lines = [
    'sequenceDiagram',
    `    title ${text(title)}`,
    ...model.lifelines.map((line) => `    participant ${id(line.role)} as ${text(line.name)}`),
    ...model.messages.map((message) =>
      message.channel === 'local' || message.from === message.to
        ? `    Note over ${id(message.from)}: ${message.number}. ${text(message.label)}`
        : `    ${id(message.from)}${MERMAID_ARROW[message.channel]}${id(message.to)}: ${message.number}. ${text(message.label)}`,
    ),
  ]
  return `${lines.join('\n')}\n`
}
