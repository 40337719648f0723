import type { FlowStage } from '../flow-module'

/**
 * Where the cast of an attack scenario stands, chosen by trying placements against every attack's
 * links and message labels: no line crosses a node, and (wide) no label covers one. The user's side
 * on the left as in the grants, the authorization server top right, the API below it, Mallory in
 * the corner under both, so her lines to Alice's browser, the client and the servers stay apart.
 */
export const ATTACK_LAYOUT: FlowStage['layout'] = {
  wide: {
    'resource-owner': { col: 0, row: 0 },
    'user-agent': { col: 1, row: 0 },
    client: { col: 1, row: 1 },
    'authorization-server': { col: 2.5, row: 0 },
    'resource-server': { col: 3, row: 1 },
    attacker: { col: 2.5, row: 2 },
  },
  // The phone grid: the client under Alice as in the grants, Mallory beside it, the servers below.
  narrow: {
    'resource-owner': { col: 0, row: 0 },
    'user-agent': { col: 1, row: 0 },
    client: { col: 0, row: 1 },
    attacker: { col: 2, row: 1 },
    'authorization-server': { col: 0.5, row: 2 },
    'resource-server': { col: 2, row: 2 },
  },
}
