import type { FlowSwitch } from '../../flows/kit/flow-module'

/**
 * How a switch looks, on the page (box, track, knob) and as a chip: a defence off is the dangerous
 * setting (red), a defence on is green; a neutral setting (how the photo API checks tokens) has no
 * wrong position, so blue or grey.
 */
const LOOKS = {
  defence: {
    on: {
      box: 'border-emerald-700 bg-emerald-50',
      track: 'border-emerald-800 bg-emerald-700',
      knob: 'left-6 bg-white',
      chip: 'border-emerald-700 bg-emerald-50 text-emerald-900',
    },
    off: {
      box: 'border-rose-700 bg-rose-50',
      track: 'border-rose-800 bg-white',
      knob: 'left-0.5 bg-rose-800',
      chip: 'border-rose-700 bg-rose-50 text-rose-900',
    },
  },
  setting: {
    on: {
      box: 'border-blue-800 bg-blue-50',
      track: 'border-blue-900 bg-blue-800',
      knob: 'left-6 bg-white',
      chip: 'border-blue-800 bg-blue-50 text-blue-950',
    },
    off: {
      box: 'border-slate-500 bg-white',
      track: 'border-slate-700 bg-white',
      knob: 'left-0.5 bg-slate-700',
      chip: 'border-slate-500 bg-white text-slate-900',
    },
  },
} as const

export function switchLook(item: Pick<FlowSwitch, 'kind'>, on: boolean) {
  return LOOKS[item.kind ?? 'defence'][on ? 'on' : 'off']
}
