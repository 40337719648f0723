import type { RoleId } from '../../../protocol/roles'

/** Fixed layouts: wide and medium read left to right (medium is tighter, for tablets); compact is a grid for phones. */
export type DiagramLayoutName = 'wide' | 'medium' | 'compact'

export interface DiagramLayout {
  name: DiagramLayoutName
  /** Node size in flow units; fitView scales the whole picture to the container. */
  nodeWidth: number
  nodeHeight: number
  /**
   * Base font size in flow units (px at zoom 1). The tighter layouts draw text larger relative
   * to the nodes, because fitView scales them down more in the narrow containers they serve.
   */
  fontSize: number
  /**
   * Room above the top row, in flow units, for the label of a message along a top-row line
   * (labels sit above horizontal lines): without it "GET /consent" is cut by the top edge.
   * The phone grid's top line is short and its label sits between the nodes, so it needs none.
   */
  labelHeadroom: number
  /** Top-left corner of each role's node, in flow units. */
  positions: Record<RoleId, { x: number; y: number }>
}

/** Below these container widths (px) a layout's text would shrink past classroom legibility. */
export const COMPACT_BELOW_PX = 640
export const MEDIUM_BELOW_PX = 1040

/**
 * The user's side on the left (Alice, her browser, the client under the browser), the servers on
 * the right (authorization server facing the browser, resource server facing the client), so
 * every message of the grant runs along one short line and no two lines cross.
 */
const WIDE: DiagramLayout = {
  name: 'wide',
  nodeWidth: 270,
  nodeHeight: 112,
  fontSize: 16,
  labelHeadroom: 44,
  positions: {
    'resource-owner': { x: 0, y: 0 },
    'user-agent': { x: 360, y: 0 },
    client: { x: 360, y: 230 },
    'authorization-server': { x: 900, y: 0 },
    'resource-server': { x: 900, y: 230 },
  },
}

/** The wide layout drawn tighter: narrower nodes (long names wrap), shorter lines. */
const MEDIUM: DiagramLayout = {
  name: 'medium',
  nodeWidth: 204,
  nodeHeight: 132,
  fontSize: 18,
  labelHeadroom: 44,
  positions: {
    'resource-owner': { x: 0, y: 0 },
    'user-agent': { x: 246, y: 0 },
    client: { x: 246, y: 250 },
    'authorization-server': { x: 668, y: 0 },
    'resource-server': { x: 668, y: 250 },
  },
}

/**
 * Two columns for a phone: the same neighbours as the wide layout, folded into a grid. Short
 * nodes and rows, so the narration starts on the first screen under the diagram.
 */
const COMPACT: DiagramLayout = {
  name: 'compact',
  nodeWidth: 180,
  nodeHeight: 112,
  fontSize: 16,
  labelHeadroom: 0,
  positions: {
    'resource-owner': { x: 0, y: 0 },
    'user-agent': { x: 214, y: 0 },
    client: { x: 0, y: 178 },
    'authorization-server': { x: 214, y: 178 },
    'resource-server': { x: 0, y: 356 },
  },
}

/** The layout for a container `width` pixels wide (0 while not yet measured counts as wide). */
export function layoutForWidth(width: number): DiagramLayout {
  if (width <= 0 || width >= MEDIUM_BELOW_PX) return WIDE
  return width < COMPACT_BELOW_PX ? COMPACT : MEDIUM
}

/** Bounding box of a layout's nodes, in flow units. */
export function layoutBounds(layout: DiagramLayout): { width: number; height: number } {
  const xs = Object.values(layout.positions).map((p) => p.x)
  const ys = Object.values(layout.positions).map((p) => p.y)
  return {
    width: Math.max(...xs) + layout.nodeWidth - Math.min(...xs),
    height: Math.max(...ys) + layout.nodeHeight - Math.min(...ys),
  }
}

/** What the picture covers: the nodes and the label headroom above them. */
export function drawingBounds(layout: DiagramLayout): {
  x: number
  y: number
  width: number
  height: number
} {
  const nodes = layoutBounds(layout)
  const x = Math.min(...Object.values(layout.positions).map((p) => p.x))
  const y = Math.min(...Object.values(layout.positions).map((p) => p.y)) - layout.labelHeadroom
  return { x, y, width: nodes.width, height: nodes.height + layout.labelHeadroom }
}

/**
 * A container height (px) that lets fitView draw the layout at about its natural size for a
 * container `width` pixels wide, clamped so the diagram never crowds out the panels beneath it.
 */
export function diagramHeight(width: number): number {
  const layout = layoutForWidth(width)
  const bounds = drawingBounds(layout)
  const padded = { width: bounds.width * 1.1, height: bounds.height * 1.1 }
  const natural = width > 0 ? Math.round((width * padded.height) / padded.width) : 0
  const [min, max] = layout.name === 'compact' ? [280, 440] : [240, 400]
  return Math.min(max, Math.max(min, natural))
}

/** Space around the drawing, as a fraction of its size on each side. */
export const FIT_PADDING = 0.05
export const MIN_ZOOM = 0.3
export const MAX_ZOOM = 1.3

/**
 * The viewport that draws `layout` centred in a `width` × `height` container, as large as fits.
 * Computed, not measured: the picture is the same on the first frame, after a resize, with or
 * without motion, whatever React Flow has measured so far.
 */
export function fitViewport(
  layout: DiagramLayout,
  width: number,
  height: number,
): { x: number; y: number; zoom: number } {
  const bounds = drawingBounds(layout)
  const scale = 1 + 2 * FIT_PADDING
  const fit = Math.min(width / (bounds.width * scale), height / (bounds.height * scale))
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit))
  return {
    x: (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  }
}
