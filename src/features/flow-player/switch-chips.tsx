import type { FlowSwitch, SwitchState } from '../../flows/kit/flow-module'
import { switchLook } from './switch-looks'

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
        className={`rounded-full border-2 px-[0.6em] font-semibold ${switchLook(item, on).chip}`}
      >
        {item.label}: {on ? 'on' : 'off'}
      </p>
    )
  })
}
