import type { FlowSwitch, SwitchState } from '../../flows/kit/flow-module'
import { switchLook } from './switch-looks'

/**
 * The flow's switches (the defences an attack scenario is about), each a real switch: flipping one
 * restarts the run with the servers and the client set up that way. The sentence beside it says
 * what the current setting means.
 */
export function FlowSwitches({
  switches,
  state,
  onFlip,
}: {
  switches: readonly FlowSwitch[]
  state: SwitchState
  onFlip(id: string, on: boolean): void
}) {
  if (switches.length === 0) return null
  return (
    <div role="group" aria-label="Switches" className="mt-3 flex flex-col gap-2">
      {switches.map((item) => {
        const on = state[item.id] === true
        const look = switchLook(item, on)
        return (
          <div
            key={item.id}
            className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border-2 px-3 py-2 ${look.box}`}
          >
            <button
              type="button"
              role="switch"
              aria-checked={on}
              aria-describedby={`switch-${item.id}`}
              onClick={() => onFlip(item.id, !on)}
              className="flex items-center gap-2 rounded-md px-1 py-1 text-left text-lg font-bold text-slate-900"
            >
              <span
                aria-hidden="true"
                className={`relative inline-block h-7 w-12 shrink-0 rounded-full border-2 ${look.track}`}
              >
                <span
                  className={`absolute top-0.5 h-5 w-5 rounded-full transition-[left] ${look.knob}`}
                />
              </span>
              {item.label}: {on ? 'on' : 'off'}
            </button>
            <span id={`switch-${item.id}`} className="text-base text-slate-800">
              {on ? item.on : item.off}
            </span>
          </div>
        )
      })}
    </div>
  )
}
