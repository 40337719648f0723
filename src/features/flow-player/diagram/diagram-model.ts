import type { Edge, Node } from '@xyflow/react'
import type { Cast, FlowStage } from '../../../flows/kit/flow-module'
import type { StepChannel } from '../../../flows/kit/step-meta'
import { ROLE_NAMES, type RoleId } from '../../../protocol/roles'
import { layoutFor, type DiagramLayout, type DiagramLayoutName } from './diagram-layout'

/** What the diagram shows of the current step: who talks to whom, over which channel, saying what. */
export interface DiagramStep {
  from: RoleId
  to: RoleId
  channel: StepChannel
  /** The message, short: "GET /authorize", "302 → /login", "POST /token". */
  label: string
}

/** What a role is doing in the current step; shown as text on the node, never by colour alone. */
export type RoleStatus = 'sending' | 'receiving' | 'computing' | 'involved' | 'idle'

export type RoleNodeData = {
  role: RoleId
  /** Who plays the role in this flow ("Frame TV"), and a second line (its client_id). */
  character: string
  detail?: string
  status: RoleStatus
  /** For a local step, what the role computes ("make PKCE verifier"). */
  activity?: string
}
export type RoleNode = Node<RoleNodeData, 'role'>

export type MessageChannel = Exclude<StepChannel, 'local'>
export type MessageEdgeData = {
  label: string
  channel: MessageChannel
  reducedMotion: boolean
  /** Where the label sits beside the line, so the travelling packet never hides it. */
  labelPlacement: LabelPlacement
  /** False when the label is shown under the drawing instead (the phone's grid). */
  labelOnLine: boolean
}
export type LabelPlacement = 'above' | 'left' | 'right' | 'centre'
export type MessageEdge = Edge<MessageEdgeData, 'message'>
/** A faint line between two roles that talk in some step: the map the messages travel on. */
export type LinkEdge = Edge<Record<string, never>, 'straight'>

export interface DiagramModel {
  layout: DiagramLayoutName
  /** Base font size for nodes and labels, in flow units. */
  fontSize: number
  nodes: RoleNode[]
  edges: (LinkEdge | MessageEdge)[]
}

type Side = 'top' | 'right' | 'bottom' | 'left'

const at = (layout: DiagramLayout, role: RoleId) => layout.positions[role] ?? { x: 0, y: 0 }

/** The sides of two nodes that face each other, judged in units of node size. */
export function facingSides(
  layout: DiagramLayout,
  from: RoleId,
  to: RoleId,
): { out: Side; in: Side } {
  const a = at(layout, from)
  const b = at(layout, to)
  const dx = (b.x - a.x) / layout.nodeWidth
  const dy = (b.y - a.y) / layout.nodeHeight
  if (Math.abs(dx) >= Math.abs(dy))
    return dx >= 0 ? { out: 'right', in: 'left' } : { out: 'left', in: 'right' }
  return dy >= 0 ? { out: 'bottom', in: 'top' } : { out: 'top', in: 'bottom' }
}

/**
 * Above a horizontal line; beside a vertical one, on the side that faces the middle of the
 * layout; on a slanted line, centred on it (no side of it is free of other lines).
 */
export function labelPlacement(layout: DiagramLayout, from: RoleId, to: RoleId): LabelPlacement {
  const sides = facingSides(layout, from, to)
  const a = at(layout, from)
  const b = at(layout, to)
  const horizontal = sides.out === 'left' || sides.out === 'right'
  if (horizontal ? a.y !== b.y : a.x !== b.x) return 'centre'
  if (horizontal) return 'above'
  const xs = Object.values(layout.positions).map((p) => p?.x ?? 0)
  const centre = (Math.min(...xs) + Math.max(...xs)) / 2
  return (a.x + b.x) / 2 < centre ? 'right' : 'left'
}

export interface DiagramOptions {
  /** Roles that take part in the step without sending or receiving (Alice typing her password). */
  involvedRoles?: readonly RoleId[]
  reducedMotion?: boolean
}

const isLocal = (step: DiagramStep) => step.channel === 'local' || step.from === step.to

function statusOf(
  role: RoleId,
  step: DiagramStep | undefined,
  involved: readonly RoleId[],
): RoleStatus {
  if (step) {
    if (isLocal(step) && role === step.from) return 'computing'
    if (!isLocal(step) && role === step.from) return 'sending'
    if (!isLocal(step) && role === step.to) return 'receiving'
  }
  return involved.includes(role) ? 'involved' : 'idle'
}

/**
 * Projects the current step onto the flow's stage: the cast at its places for the container
 * width, each with what it is doing, the flow's links, and the current message as one edge from
 * sender to receiver. Pure, so it is unit-tested and memoised by the component.
 */
export function diagramModel(
  stage: Pick<FlowStage, 'cast' | 'layout' | 'links'>,
  step: DiagramStep | undefined,
  width: number,
  options: DiagramOptions = {},
): DiagramModel {
  const layout = layoutFor(stage, width)
  const involved = options.involvedRoles ?? []
  const roles = Object.keys(stage.cast) as RoleId[]

  const nodes: RoleNode[] = roles.map((role) => {
    const status = statusOf(role, step, involved)
    const member = stage.cast[role] ?? { name: ROLE_NAMES[role] }
    return {
      id: role,
      type: 'role',
      position: at(layout, role),
      width: layout.nodeWidth,
      height: layout.nodeHeight,
      data: {
        role,
        character: member.name,
        ...(member.detail === undefined ? {} : { detail: member.detail }),
        status,
        ...(status === 'computing' && step ? { activity: step.label } : {}),
      },
      ariaLabel: `${ROLE_NAMES[role]}, ${member.name}${status === 'idle' ? '' : `: ${status}`}`,
    }
  })

  const edges: (LinkEdge | MessageEdge)[] = stage.links.map(([a, b]) => {
    const sides = facingSides(layout, a, b)
    return {
      id: `link:${a}--${b}`,
      type: 'straight',
      source: a,
      target: b,
      sourceHandle: `${sides.out}-out`,
      targetHandle: `${sides.in}-in`,
      className: 'role-link',
      data: {},
    }
  })

  if (step && !isLocal(step)) {
    const sides = facingSides(layout, step.from, step.to)
    edges.push({
      id: `message:${step.from}->${step.to}:${step.label}`,
      type: 'message',
      source: step.from,
      target: step.to,
      sourceHandle: `${sides.out}-out`,
      targetHandle: `${sides.in}-in`,
      markerEnd: {
        type: 'arrowclosed',
        color: '#0f172a',
        width: 24,
        height: 24,
        markerUnits: 'userSpaceOnUse',
      },
      ariaLabel: describeStep(stage.cast, step),
      data: {
        label: step.label,
        channel: step.channel as MessageChannel,
        reducedMotion: options.reducedMotion ?? false,
        labelPlacement: labelPlacement(layout, step.from, step.to),
        // On a phone's grid there is no room beside a line: the label goes under the drawing.
        labelOnLine: layout.name !== 'compact',
      },
    })
  }

  return { layout: layout.name, fontSize: layout.fontSize, nodes, edges }
}

export interface StepDescriptionOptions {
  /** The step's place in the flow, 1-based, and the flow's length: "Step 3 of 11." leads the text. */
  number?: number
  total?: number
  /** Roles that take part without sending or receiving: "Alice takes part." */
  involvedRoles?: readonly RoleId[]
}

const HOW: Record<MessageChannel, string> = {
  front: 'over the front channel',
  back: 'over the back channel, directly',
  'out-of-band': 'out of band, with no HTTP: a person reads it',
}

/**
 * What the diagram shows, in a sentence or two for screen readers (the figure's caption): who
 * sends what to whom over which channel, and who else takes part. Each role is named once, by the
 * name the flow's cast gives it ("Alice's phone", "the client (Frame TV)").
 */
export function describeStep(
  cast: Cast,
  step: DiagramStep | undefined,
  options: StepDescriptionOptions = {},
): string {
  const names = (Object.keys(cast) as RoleId[]).map((role) => spoken(cast, role))
  if (!step) return `Diagram of ${listed(names)}. No message yet.`
  const { number, total } = options
  const lead =
    number === undefined
      ? ''
      : total === undefined
        ? `Step ${number}. `
        : `Step ${number} of ${total}. `
  const action = isLocal(step)
    ? `No message: ${spoken(cast, step.from)} works locally (${step.label})`
    : `${capitalise(spoken(cast, step.from))} sends ${step.label} to ${spoken(cast, step.to)} ${HOW[step.channel as MessageChannel]}`
  const others = (options.involvedRoles ?? []).filter(
    (role, i, all) => role !== step.from && role !== step.to && all.indexOf(role) === i,
  )
  const involved =
    others.length === 0
      ? ''
      : `; ${listed(others.map((role) => spoken(cast, role)))} ${others.length === 1 ? 'takes' : 'take'} part`
  return `${lead}${action}${involved}.`
}

/** How the story names a role: people and their devices by name, the others by role with their name. */
function spoken(cast: Cast, role: RoleId): string {
  const name = cast[role]?.name ?? ROLE_NAMES[role]
  return role === 'resource-owner' || role === 'user-agent'
    ? name
    : `the ${ROLE_NAMES[role].toLowerCase()} (${name})`
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
