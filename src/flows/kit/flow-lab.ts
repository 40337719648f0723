import type { Lab } from '../../wire/lab'

/**
 * What a flow runs on: the recording wire, a browser per browser role, the lab clock, the servers'
 * set-up, and Mallory's site, whose log is what she has learnt (the attack scenarios). The
 * app-wide lab (src/wire/lab.ts) is one; tests pass a fresh one.
 */
export type FlowLab = Pick<
  Lab,
  'wire' | 'browser' | 'clock' | 'configure' | 'restart' | 'attackerSite'
>
