import { Fragment } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { ROLE_NAMES, type RoleId } from '../../../protocol/roles'
import type { RoleNode as RoleNodeType, RoleStatus } from './diagram-model'

/** Tailwind classes per role; the colours live in src/index.css @theme. */
export const ROLE_STYLE: Record<RoleId, { border: string; bg: string; text: string }> = {
  'resource-owner': { border: 'border-role-owner', bg: 'bg-role-owner', text: 'text-role-owner' },
  'user-agent': { border: 'border-role-agent', bg: 'bg-role-agent', text: 'text-role-agent' },
  client: { border: 'border-role-client', bg: 'bg-role-client', text: 'text-role-client' },
  'authorization-server': { border: 'border-role-as', bg: 'bg-role-as', text: 'text-role-as' },
  'resource-server': { border: 'border-role-rs', bg: 'bg-role-rs', text: 'text-role-rs' },
  attacker: { border: 'border-role-attacker', bg: 'bg-role-attacker', text: 'text-role-attacker' },
}

const STATUS_TEXT: Record<Exclude<RoleStatus, 'idle'>, string> = {
  sending: 'Sending',
  receiving: 'Receiving',
  computing: 'Working locally',
  involved: 'Involved',
}

/** A host name may wrap after its dots (auth.photos. / example), not in the middle of a word. */
function breakableHost(name: string) {
  const parts = name.split('.')
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ))
}

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const

/** One cast member: who plays it, which role, and what it does in this step, in words as well as colour. */
export function RoleNode({ data }: NodeProps<RoleNodeType>) {
  const style = ROLE_STYLE[data.role]
  const active = data.status !== 'idle'
  return (
    <div
      className={`relative flex h-full w-full flex-col justify-center rounded-xl border-l-[10px] bg-white px-3 py-2 shadow-sm ${style.border} ${
        active
          ? `border-y-4 border-r-4 shadow-lg`
          : 'border-y-2 border-r-2 border-y-slate-300 border-r-slate-300'
      }`}
    >
      {SIDES.map((side) => (
        <span key={side}>
          <Handle
            type="source"
            id={`${side}-out`}
            position={side}
            isConnectable={false}
            className="role-handle"
          />
          <Handle
            type="target"
            id={`${side}-in`}
            position={side}
            isConnectable={false}
            className="role-handle"
          />
        </span>
      ))}
      <div className="text-[1.25em] leading-tight font-bold [overflow-wrap:anywhere] text-slate-900">
        {breakableHost(data.character)}
      </div>
      <div className={`text-[0.95em] leading-tight font-medium ${style.text}`}>
        {ROLE_NAMES[data.role]}
        {data.detail && <span className="text-slate-700"> · {data.detail}</span>}
      </div>
      {active && (
        <div
          className={`mt-1 self-start rounded-full px-2 py-0.5 text-[0.875em] font-semibold text-white ${style.bg}`}
        >
          {STATUS_TEXT[data.status as Exclude<RoleStatus, 'idle'>]}
        </div>
      )}
      {data.activity && (
        <div className="absolute bottom-full left-0 mb-3 w-max max-w-[18rem] rounded-lg border-2 border-slate-700 bg-white px-3 py-1 text-center font-mono text-[1em] font-semibold text-slate-900 shadow">
          {data.activity}
        </div>
      )}
    </div>
  )
}
