import type { FlowSwitch, SwitchState } from '../../flows/kit/flow-module'

/** A defence off in red; a neutral setting (how the photo API checks tokens) in blue or grey. */
const CHIP_LOOKS = {
  defence: {
    on: 'border-emerald-700 bg-emerald-50 text-emerald-900',
    off: 'border-rose-700 bg-rose-50 text-rose-900',
  },
  setting: {
    on: 'border-blue-800 bg-blue-50 text-blue-950',
    off: 'border-slate-500 bg-white text-slate-900',
  },
} as const

/**
 * The run's switches (an attack's defences) as chips, "PKCE: off", so whoever looks (the room in
 * presenter mode, the instructor in the speaker view) knows which of the two runs is on screen.
 */
export function SwitchChips({
  switches,
  state,
}: {
  switches: readonly FlowSwitch[] | undefined
  state: SwitchState
}) {
  return (switches ?? []).map((item) => {
    const on = state[item.id] ?? item.default
    return (
      <p
        key={item.id}
        className={`rounded-full border-2 px-[0.6em] font-semibold ${CHIP_LOOKS[item.kind ?? 'defence'][on ? 'on' : 'off']}`}
      >
        {item.label}: {on ? 'on' : 'off'}
      </p>
    )
  })
}
