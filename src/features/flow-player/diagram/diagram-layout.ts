import type { Cell, FlowStage } from '../../../flows/kit/flow-module'
import type { RoleId } from '../../../protocol/roles'

/** Layouts: wide and medium read left to right (medium is tighter, for tablets); compact is a grid for phones. */
export type DiagramLayoutName = 'wide' | 'medium' | 'compact'

export interface DiagramLayout {
  name: DiagramLayoutName
  /** Node size in flow units; the viewport scales the whole picture to the container. */
  nodeWidth: number
  nodeHeight: number
  /**
   * Base font size in flow units (px at zoom 1). The tighter layouts draw text larger relative
   * to the nodes, because they are scaled down more in the narrow containers they serve.
   */
  fontSize: number
  /**
   * Room above the top row, in flow units, for the label of a message along a top-row line
   * (labels sit above horizontal lines): without it "GET /consent" is cut by the top edge.
   * The phone grid's top line is short and its label sits between the nodes, so it needs none.
   */
  labelHeadroom: number
  /** Top-left corner of each cast member's node, in flow units. */
  positions: Partial<Record<RoleId, { x: number; y: number }>>
}

/** Below these container widths (px) a layout's text would shrink past classroom legibility. */
export const COMPACT_BELOW_PX = 640
export const MEDIUM_BELOW_PX = 1040

interface Grid {
  /** Left edge of each column: the gap before the servers' column is wider, for long labels. */
  columns: readonly number[]
  rowHeight: number
  nodeWidth: number
  nodeHeight: number
  fontSize: number
  labelHeadroom: number
}

const GRIDS: Record<DiagramLayoutName, Grid> = {
  wide: {
    columns: [0, 360, 900, 1260],
    rowHeight: 230,
    nodeWidth: 270,
    nodeHeight: 112,
    fontSize: 16,
    labelHeadroom: 44,
  },
  // The wide grid drawn tighter: narrower nodes (long names wrap), shorter lines.
  medium: {
    columns: [0, 246, 668, 914],
    rowHeight: 250,
    nodeWidth: 204,
    nodeHeight: 132,
    fontSize: 18,
    labelHeadroom: 44,
  },
  // Short nodes and rows, so the narration starts on a phone's first screen under the diagram;
  // the message's label goes under the drawing, so the rows need no room for it.
  compact: {
    columns: [0, 214, 428],
    rowHeight: 146,
    nodeWidth: 180,
    nodeHeight: 112,
    fontSize: 16,
    labelHeadroom: 0,
  },
}

/** The left edge of column `col`; a half column lies halfway between its neighbours. */
function columnX(columns: readonly number[], col: number): number {
  const below = Math.floor(col)
  const left = columns[Math.min(below, columns.length - 1)] ?? 0
  const right = columns[Math.min(below + 1, columns.length - 1)] ?? left
  return left + (right - left) * (col - below)
}

/** The layout name for a container `width` pixels wide (0 while not yet measured counts as wide). */
export function layoutNameForWidth(width: number): DiagramLayoutName {
  if (width <= 0 || width >= MEDIUM_BELOW_PX) return 'wide'
  return width < COMPACT_BELOW_PX ? 'compact' : 'medium'
}

/** Where a flow's cast stands for a container `width` pixels wide: its wide cells, or its narrow ones on a phone. */
export function layoutFor(stage: Pick<FlowStage, 'layout'>, width: number): DiagramLayout {
  const name = layoutNameForWidth(width)
  const grid = GRIDS[name]
  const cells: Partial<Record<RoleId, Cell>> =
    name === 'compact' ? stage.layout.narrow : stage.layout.wide
  const positions: DiagramLayout['positions'] = {}
  for (const [role, cell] of Object.entries(cells) as [RoleId, Cell][])
    positions[role] = { x: columnX(grid.columns, cell.col), y: cell.row * grid.rowHeight }
  const { nodeWidth, nodeHeight, fontSize, labelHeadroom } = grid
  return { name, nodeWidth, nodeHeight, fontSize, labelHeadroom, positions }
}

const placed = (layout: DiagramLayout) =>
  Object.values(layout.positions).filter((p): p is { x: number; y: number } => p !== undefined)

/** What the picture covers: the nodes and the label headroom above them. */
export function drawingBounds(layout: DiagramLayout): {
  x: number
  y: number
  width: number
  height: number
} {
  const points = placed(layout)
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys) - layout.labelHeadroom
  return {
    x,
    y,
    width: Math.max(...xs) + layout.nodeWidth - x,
    height: Math.max(...ys) + layout.nodeHeight - y,
  }
}

/**
 * A container height (px) that draws the layout at about its natural size for a container
 * `width` pixels wide, clamped so the diagram never crowds out the panels beneath it.
 */
export function diagramHeight(layout: DiagramLayout, width: number): number {
  const bounds = drawingBounds(layout)
  const padded = { width: bounds.width * 1.1, height: bounds.height * 1.1 }
  const natural = width > 0 ? Math.round((width * padded.height) / padded.width) : 0
  const [min, max] = layout.name === 'compact' ? [240, 440] : [200, 400]
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
