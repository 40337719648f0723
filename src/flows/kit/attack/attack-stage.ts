import type { FlowStage } from '../flow-module'

/**
 * Where the cast of an attack scenario stands. The user's side on the left, the servers in the
 * fourth column, Mallory between and below them: every line she talks on (to Alice's browser, the
 * client, both servers) runs clear of the other nodes.
 */
export const ATTACK_LAYOUT: FlowStage['layout'] = {
  wide: {
    'resource-owner': { col: 0, row: 0 },
    'user-agent': { col: 1, row: 0 },
    client: { col: 1, row: 1 },
    'authorization-server': { col: 3, row: 0 },
    'resource-server': { col: 3, row: 1 },
    attacker: { col: 2, row: 1.5 },
  },
  // The phone grid: Mallory top right beside Alice's browser, the servers below.
  narrow: {
    'resource-owner': { col: 0, row: 0 },
    'user-agent': { col: 1, row: 0 },
    attacker: { col: 2, row: 0 },
    client: { col: 0, row: 1 },
    'authorization-server': { col: 1, row: 1 },
    'resource-server': { col: 1.5, row: 2 },
  },
}
