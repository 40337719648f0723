import { describe, expect, it } from 'vitest'
import type { FlowStage } from '../../../flows/kit/flow-module'
import { FLOWS } from '../../../flows/registry'
import type { RoleId } from '../../../protocol/roles'
import { layoutFor, type DiagramLayout } from './diagram-layout'
import { facingSides } from './diagram-model'

type Point = { x: number; y: number }

/** Where a line leaves or meets a node: the middle of the side facingSides picks. */
function handle(layout: DiagramLayout, role: RoleId, side: string): Point {
  const { x, y } = layout.positions[role] ?? { x: 0, y: 0 }
  const { nodeWidth: w, nodeHeight: h } = layout
  if (side === 'left') return { x, y: y + h / 2 }
  if (side === 'right') return { x: x + w, y: y + h / 2 }
  return side === 'top' ? { x: x + w / 2, y } : { x: x + w / 2, y: y + h }
}

/** The links of a stage that pass through a third node in the layout for `width`. */
function crossings(stage: FlowStage, width: number): string[] {
  const layout = layoutFor(stage, width)
  const found: string[] = []
  for (const [a, b] of stage.links) {
    const sides = facingSides(layout, a, b)
    const from = handle(layout, a, sides.out)
    const to = handle(layout, b, sides.in)
    for (const role of Object.keys(stage.cast) as RoleId[]) {
      const node = layout.positions[role]
      if (role === a || role === b || !node) continue
      for (let t = 0; t <= 1; t += 0.01) {
        const x = from.x + (to.x - from.x) * t
        const y = from.y + (to.y - from.y) * t
        const inside =
          x > node.x + 2 &&
          x < node.x + layout.nodeWidth - 2 &&
          y > node.y + 2 &&
          y < node.y + layout.nodeHeight - 2
        if (inside) {
          found.push(`${a}–${b} crosses ${role}`)
          break
        }
      }
    }
  }
  return found
}

describe('every flow’s diagram', () => {
  it.each(FLOWS.map((entry) => [entry.summary.id, entry] as const))(
    '%s: no line between two roles runs through a third, in any layout',
    async (_, entry) => {
      const { stage } = await entry.load()
      for (const width of [1280, 800, 390])
        expect(crossings(stage, width), `${width}px`).toEqual([])
    },
  )
})
