import type { Edge, Node } from '@xyflow/react'
import { ROLE_IDS, ROLE_PROFILES, type RoleId } from '../../../protocol/roles'
import { layoutForWidth, type DiagramLayout, type DiagramLayoutName } from './diagram-layout'

/** What the diagram shows of the current step: who talks to whom, over which channel, saying what. */
export interface DiagramStep {
  from: RoleId
  to: RoleId
  /** front: through the browser; back: server to server; local: no message, one role computes. */
  channel: 'front' | 'back' | 'local'
  /** The message, short: "GET /authorize", "302 → /login", "POST /token". */
  label: string
}

/** What a role is doing in the current step; shown as text on the node, never by colour alone. */
export type RoleStatus = 'sending' | 'receiving' | 'computing' | 'involved' | 'idle'

export type RoleNodeData = {
  role: RoleId
  status: RoleStatus
  /** For a local step, what the role computes ("make PKCE verifier"). */
  activity?: string
}
export type RoleNode = Node<RoleNodeData, 'role'>

export type MessageEdgeData = {
  label: string
  channel: 'front' | 'back'
  reducedMotion: boolean
  /** Where the label sits beside the line, so the travelling packet never hides it. */
  labelPlacement: LabelPlacement
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

/** Pairs of roles that exchange messages in the grants (RFC 6749 §1.2, §4.1 figure 3). */
export const ROLE_LINKS: readonly (readonly [RoleId, RoleId])[] = [
  ['resource-owner', 'user-agent'],
  ['user-agent', 'client'],
  ['user-agent', 'authorization-server'],
  ['client', 'authorization-server'],
  ['client', 'resource-server'],
]

type Side = 'top' | 'right' | 'bottom' | 'left'

/** The sides of two nodes that face each other, judged in units of node size. */
export function facingSides(
  layout: DiagramLayout,
  from: RoleId,
  to: RoleId,
): { out: Side; in: Side } {
  const a = layout.positions[from]
  const b = layout.positions[to]
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
  const a = layout.positions[from]
  const b = layout.positions[to]
  const horizontal = sides.out === 'left' || sides.out === 'right'
  if (horizontal ? a.y !== b.y : a.x !== b.x) return 'centre'
  if (horizontal) return 'above'
  const xs = Object.values(layout.positions).map((p) => p.x)
  const centre = (Math.min(...xs) + Math.max(...xs)) / 2
  const mid = (layout.positions[from].x + layout.positions[to].x) / 2
  return mid < centre ? 'right' : 'left'
}

export interface DiagramOptions {
  /** Roles that take part in the step without sending or receiving (Alice typing her password). */
  involvedRoles?: readonly RoleId[]
  reducedMotion?: boolean
}

function statusOf(
  role: RoleId,
  step: DiagramStep | undefined,
  involved: readonly RoleId[],
): RoleStatus {
  if (step) {
    const local = step.channel === 'local' || step.from === step.to
    if (local && role === step.from) return 'computing'
    if (!local && role === step.from) return 'sending'
    if (!local && role === step.to) return 'receiving'
  }
  return involved.includes(role) ? 'involved' : 'idle'
}

/**
 * Projects the current step onto the diagram: the five roles at fixed positions for the
 * container width, each with what it is doing, the links between them, and the current message
 * as one edge from sender to receiver. Pure, so it is unit-tested and memoised by the component.
 */
export function diagramModel(
  step: DiagramStep | undefined,
  width: number,
  options: DiagramOptions = {},
): DiagramModel {
  const layout = layoutForWidth(width)
  const involved = options.involvedRoles ?? []
  const local = step !== undefined && (step.channel === 'local' || step.from === step.to)

  const nodes: RoleNode[] = ROLE_IDS.map((role) => {
    const status = statusOf(role, step, involved)
    return {
      id: role,
      type: 'role',
      position: layout.positions[role],
      width: layout.nodeWidth,
      height: layout.nodeHeight,
      data:
        status === 'computing' && step ? { role, status, activity: step.label } : { role, status },
      ariaLabel: `${ROLE_PROFILES[role].name}, ${ROLE_PROFILES[role].character}${status === 'idle' ? '' : `: ${status}`}`,
    }
  })

  const edges: (LinkEdge | MessageEdge)[] = ROLE_LINKS.map(([a, b]) => {
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

  if (step && !local) {
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
      ariaLabel: describeStep(step),
      data: {
        label: step.label,
        channel: step.channel === 'back' ? 'back' : 'front',
        reducedMotion: options.reducedMotion ?? false,
        labelPlacement: labelPlacement(layout, step.from, step.to),
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

/**
 * What the diagram shows, in a sentence or two for screen readers (the figure's caption): who
 * sends what to whom over which channel, and who else takes part. Each role is named once, by
 * the name the story gives it ("Alice's browser", "the client (Printshop)").
 */
export function describeStep(
  step: DiagramStep | undefined,
  options: StepDescriptionOptions = {},
): string {
  if (!step)
    return 'Diagram of the five roles: resource owner, browser, client, authorization server and resource server. No message yet.'
  const { number, total } = options
  const lead =
    number === undefined
      ? ''
      : total === undefined
        ? `Step ${number}. `
        : `Step ${number} of ${total}. `
  const local = step.channel === 'local' || step.from === step.to
  const action = local
    ? `No message: ${spoken(step.from)} works locally (${step.label})`
    : `${capitalise(spoken(step.from))} sends ${step.label} to ${spoken(step.to)} ${
        step.channel === 'front'
          ? 'over the front channel'
          : 'over the back channel, directly between servers'
      }`
  const others = (options.involvedRoles ?? []).filter(
    (role, i, all) => role !== step.from && role !== step.to && all.indexOf(role) === i,
  )
  const involved =
    others.length === 0
      ? ''
      : `; ${listed(others.map(spoken))} ${others.length === 1 ? 'takes' : 'take'} part`
  return `${lead}${action}${involved}.`
}

/** How the story names a role: Alice and her browser by name, the servers by role with their name. */
function spoken(role: RoleId): string {
  const { name, character } = ROLE_PROFILES[role]
  return role === 'resource-owner' || role === 'user-agent'
    ? character
    : `the ${name.toLowerCase()} (${character})`
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
