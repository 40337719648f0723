import '@xyflow/react/dist/style.css'
import './flow-diagram.css'
import { ReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react'
import { MAX_ZOOM, MIN_ZOOM } from './diagram-layout'
import type { DiagramModel } from './diagram-model'
import { MessageEdge } from './message-edge'
import { RoleNode } from './role-node'

const nodeTypes = { role: RoleNode } satisfies NodeTypes
const edgeTypes = { message: MessageEdge } satisfies EdgeTypes
const ignoreViewportChange = () => {}

export interface DiagramCanvasProps {
  nodes: DiagramModel['nodes']
  edges: DiagramModel['edges']
  viewport: { x: number; y: number; zoom: number }
}

/**
 * The drawing itself: React Flow (with d3-zoom and its store, about half of the player's code),
 * in a chunk of its own that loads beside the lab, so the player's page and heading do not wait
 * for it. A static picture: no dragging, panning or zooming, nothing to focus.
 */
export default function DiagramCanvas({ nodes, edges, viewport }: DiagramCanvasProps) {
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      viewport={viewport}
      onViewportChange={ignoreViewportChange}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      panOnDrag={false}
      panOnScroll={false}
      zoomOnScroll={false}
      zoomOnPinch={false}
      zoomOnDoubleClick={false}
      preventScrolling={false}
      disableKeyboardA11y
      attributionPosition="bottom-right"
    />
  )
}
