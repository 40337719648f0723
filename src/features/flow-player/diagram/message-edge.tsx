import { useEffect, useRef } from 'react'
import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react'
import type {
  LabelPlacement,
  MessageChannel,
  MessageEdge as MessageEdgeType,
} from './diagram-model'

/** Front channel solid, back channel dashed, out of band dotted: told apart without colour. */
const DASHES: Record<MessageChannel, string | undefined> = {
  front: undefined,
  back: '10 7',
  'out-of-band': '2 8',
}
const CHANNEL_NAMES: Record<MessageChannel, string> = {
  front: 'front channel',
  back: 'back channel',
  'out-of-band': 'out of band',
}

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
 * asked for reduced motion) a packet that travels the path, animated without a React render per frame.
 */
export function MessageEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  markerEnd,
}: EdgeProps<MessageEdgeType>) {
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY })
  const channel = data?.channel ?? 'front'
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className="message-edge"
        style={{ stroke: '#0f172a', strokeWidth: 4, strokeDasharray: DASHES[channel] }}
      />
      {!data?.reducedMotion && (
        <g className="message-packet">
          <Packet sourceX={sourceX} sourceY={sourceY} targetX={targetX} targetY={targetY} />
        </g>
      )}
      {data?.labelOnLine !== false && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded-lg border-2 border-slate-900 bg-white px-3 py-1 text-center shadow-md"
            style={{
              transform: `translate(${labelX}px, ${labelY}px) ${PLACEMENT[data?.labelPlacement ?? 'above']}`,
            }}
          >
            <div className="font-mono text-[1.125em] leading-tight font-bold whitespace-nowrap text-slate-900">
              {data?.label}
            </div>
            <div className="text-[0.875em] leading-tight font-medium text-slate-700">
              {CHANNEL_NAMES[channel]}
            </div>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

/**
 * The packet moves by a Web Animations transform, which the compositor runs off the main thread.
 * (SVG animateMotion made the page lay out and repaint on the main thread every frame: a fifth of
 * a core on the last step's long page, and a frozen packet whenever a step change kept it busy.)
 */
function Packet({
  sourceX,
  sourceY,
  targetX,
  targetY,
}: {
  sourceX: number
  sourceY: number
  targetX: number
  targetY: number
}) {
  const circle = useRef<SVGCircleElement>(null)
  useEffect(() => {
    const element = circle.current
    if (typeof element?.animate !== 'function') return
    const from = `translate(${sourceX}px, ${sourceY}px)`
    const to = `translate(${targetX}px, ${targetY}px)`
    const trip = element.animate(
      [{ transform: from }, { transform: to, offset: 0.75 }, { transform: to }],
      {
        duration: TRIP_SECONDS * 1000,
        iterations: Infinity,
      },
    )
    return () => trip.cancel()
  }, [sourceX, sourceY, targetX, targetY])
  return (
    <circle
      ref={circle}
      r={11}
      transform={`translate(${sourceX} ${sourceY})`}
      fill="#2563eb"
      stroke="#ffffff"
      strokeWidth={3}
    />
  )
}
