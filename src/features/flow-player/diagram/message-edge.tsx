import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react'
import type { LabelPlacement, MessageEdge as MessageEdgeType } from './diagram-model'

/** Seconds for one trip of the packet; it then rests at the receiver before the next trip. */
const TRIP_SECONDS = 2.4

/**
 * Moves the label off the line where there is room, so the packet never covers the text; a label
 * centred on a slanted line is drawn above the packet, which passes behind it.
 */
const PLACEMENT: Record<LabelPlacement, string> = {
  centre: 'translate(-50%, -50%)',
  above: 'translate(-50%, calc(-100% - 12px))',
  left: 'translate(calc(-100% - 16px), -50%)',
  right: 'translate(16px, -50%)',
}

/**
 * The current message, drawn from sender to receiver: an arrow, a label, and (unless the user
 * asked for reduced motion) a packet that travels the path. The packet moves by SVG
 * animateMotion, so the browser animates it without a React render per frame.
 */
export function MessageEdge({ id, sourceX, sourceY, targetX, targetY, data, markerEnd }: EdgeProps<MessageEdgeType>) {
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY })
  const back = data?.channel === 'back'
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className="message-edge"
        style={{ stroke: '#0f172a', strokeWidth: 4, strokeDasharray: back ? '10 7' : undefined }}
      />
      {!data?.reducedMotion && (
        <g className="message-packet">
          <circle r={11} fill="#2563eb" stroke="#ffffff" strokeWidth={3}>
            <animateMotion
              dur={`${TRIP_SECONDS}s`}
              repeatCount="indefinite"
              path={path}
              keyPoints="0;1;1"
              keyTimes="0;0.75;1"
              calcMode="linear"
            />
          </circle>
        </g>
      )}
      <EdgeLabelRenderer>
        <div
          className="nodrag nopan pointer-events-none absolute rounded-lg border-2 border-slate-900 bg-white px-3 py-1 text-center shadow-md"
          style={{ transform: `translate(${labelX}px, ${labelY}px) ${PLACEMENT[data?.labelPlacement ?? 'above']}` }}
        >
          <div className="font-mono text-[1.125em] leading-tight font-bold whitespace-nowrap text-slate-900">{data?.label}</div>
          <div className="text-[0.875em] leading-tight font-medium text-slate-700">{back ? 'back channel' : 'front channel'}</div>
        </div>
      </EdgeLabelRenderer>
    </>
  )
}
