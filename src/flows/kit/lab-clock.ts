import type { FlowLab } from './flow-lab'

/**
 * Lets time pass in the lab before a step's message: "5 s later: the TV polls again", "an hour
 * later". Real time never moves the lab clock; a flow moves it explicitly, and says so in the
 * step's `wait`.
 */
export function letTimePass(lab: FlowLab, seconds: number): void {
  if (seconds > 0) lab.clock.advance(seconds)
}
