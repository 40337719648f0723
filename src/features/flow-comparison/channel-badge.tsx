import type { StepChannel } from '../../flows/kit/step-meta'

const CHANNEL: Record<StepChannel, { text: string; className: string }> = {
  front: { text: 'Front channel', className: 'border-amber-700 bg-amber-50 text-amber-950' },
  back: { text: 'Back channel', className: 'border-sky-700 bg-sky-50 text-sky-950' },
  'out-of-band': {
    text: 'Out of band',
    className: 'border-violet-700 bg-violet-50 text-violet-950',
  },
  local: { text: 'Local', className: 'border-slate-500 bg-slate-50 text-slate-800' },
}

/** How a message travels, in words (never colour alone). */
export function ChannelBadge({ channel }: { channel: StepChannel }) {
  const { text, className } = CHANNEL[channel]
  return (
    <span
      className={`inline-block shrink-0 rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${className}`}
    >
      {text}
    </span>
  )
}
