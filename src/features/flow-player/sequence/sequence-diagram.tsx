import { forwardRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { StepChannel } from '../../../flows/kit/step-meta'
import type { SequenceMessage, SequenceModel } from './sequence-model'

const LANE = 230
const HEAD = 84
const ROW = 46
const FONT = 19

const DASH: Record<StepChannel, string | undefined> = {
  front: undefined,
  back: '9 6',
  'out-of-band': '2 7',
  local: undefined,
}
const CHANNEL: Record<StepChannel, string> = {
  front: 'front channel',
  back: 'back channel',
  'out-of-band': 'out of band',
  local: 'local',
}

/**
 * The flow as a sequence diagram: lifelines, one numbered message per step, front channel solid,
 * back channel dashed, out of band dotted, the current step highlighted, steps not run yet in
 * grey. Drawn in SVG with its styles as attributes, so the same element exports as SVG and PNG.
 * Each message is a link to its step.
 */
export const SequenceDiagram = forwardRef<
  SVGSVGElement,
  { title: string; model: SequenceModel; className?: string }
>(function SequenceDiagram({ title, model, className }, ref) {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const lanes = model.lifelines.length
  const width = lanes * LANE
  const height = HEAD + model.messages.length * ROW + 24
  const x = (role: SequenceMessage['from']) =>
    (model.lifelines.findIndex((line) => line.role === role) + 0.5) * LANE
  const hrefOf = (number: number) => {
    const next = new URLSearchParams(params)
    next.set('step', String(number))
    return `?${next.toString()}`
  }

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-labelledby="sequence-title"
      className={className}
      fontFamily="Liberation Sans, Arial, sans-serif"
    >
      <title id="sequence-title">{`${title}: sequence of ${model.messages.length} steps`}</title>
      <rect width={width} height={height} fill="#ffffff" />
      {model.lifelines.map((line, i) => (
        <g key={line.role}>
          <line
            x1={(i + 0.5) * LANE}
            x2={(i + 0.5) * LANE}
            y1={HEAD - 6}
            y2={height - 12}
            stroke="#64748b"
            strokeWidth={2}
          />
          <rect
            x={i * LANE + 10}
            y={8}
            width={LANE - 20}
            height={HEAD - 20}
            rx={8}
            fill="#f8fafc"
            stroke="#334155"
            strokeWidth={2}
          />
          <text
            x={(i + 0.5) * LANE}
            y={36}
            textAnchor="middle"
            fontSize={FONT}
            fontWeight={700}
            fill="#0f172a"
          >
            {line.name}
          </text>
          <text x={(i + 0.5) * LANE} y={58} textAnchor="middle" fontSize={FONT - 4} fill="#334155">
            {line.roleName}
          </text>
        </g>
      ))}
      {model.messages.map((message, i) => {
        const y = HEAD + i * ROW + 32
        const from = x(message.from)
        const to = x(message.to)
        const local = message.channel === 'local' || message.from === message.to
        const current = message.state === 'current'
        const ink = message.state === 'upcoming' ? '#64748b' : '#0f172a'
        const name = `Step ${message.number}: ${message.title} (${CHANNEL[message.channel]})`
        return (
          <a
            key={`${message.number}-${message.label}`}
            href={hrefOf(message.number)}
            aria-label={name}
            aria-current={current ? 'step' : undefined}
            onClick={(event) => {
              event.preventDefault()
              void navigate(hrefOf(message.number), { replace: true })
            }}
          >
            {current && (
              <rect
                x={4}
                y={y - 30}
                width={width - 8}
                height={ROW - 4}
                rx={6}
                fill="#dbeafe"
                stroke="#1d4ed8"
                strokeWidth={2}
              />
            )}
            {local ? (
              <>
                <rect
                  x={from - LANE / 2 + 16}
                  y={y - 24}
                  width={LANE - 32}
                  height={30}
                  rx={4}
                  fill="#fef3c7"
                  stroke={ink}
                  strokeWidth={1.5}
                />
                <text x={from} y={y - 4} textAnchor="middle" fontSize={FONT - 4} fill={ink}>
                  {`${message.number}. ${message.label}`}
                </text>
              </>
            ) : (
              <>
                <line
                  x1={from}
                  x2={to}
                  y1={y}
                  y2={y}
                  stroke={ink}
                  strokeWidth={current ? 3.5 : 2.5}
                  strokeDasharray={DASH[message.channel]}
                />
                <path
                  d={to > from ? `M${to} ${y} l-12 -6 v12 z` : `M${to} ${y} l12 -6 v12 z`}
                  fill={ink}
                />
                <text
                  x={(from + to) / 2}
                  y={y - 8}
                  textAnchor="middle"
                  fontSize={FONT - 2}
                  fontWeight={current ? 700 : 400}
                  fill={ink}
                  stroke="#ffffff"
                  strokeWidth={6}
                  paintOrder="stroke"
                >
                  {`${message.number}. ${message.label}`}
                </text>
              </>
            )}
          </a>
        )
      })}
    </svg>
  )
})
