import type { FlowSwitch, SwitchState } from '../../flows/kit/flow-module'

/** `?switches=pkce:off,state:on`: the switches a link sets, by id; unknown ids and values are left out. */
export function readSwitchParam(
  raw: string | null,
  switches: readonly FlowSwitch[],
): Record<string, boolean> | undefined {
  if (raw === null) return undefined
  const known = new Set(switches.map((item) => item.id))
  const chosen: Record<string, boolean> = {}
  for (const part of raw.split(',')) {
    const [id = '', value] = part.split(':')
    if (known.has(id) && (value === 'on' || value === 'off')) chosen[id] = value === 'on'
  }
  return chosen
}

/** The param for a run's switches: only those away from their default, so a plain link stays plain. */
export function writeSwitchParam(
  state: SwitchState,
  switches: readonly FlowSwitch[],
): string | undefined {
  const changed = switches
    .filter((item) => state[item.id] !== item.default)
    .map((item) => `${item.id}:${state[item.id] ? 'on' : 'off'}`)
  return changed.length === 0 ? undefined : changed.join(',')
}
