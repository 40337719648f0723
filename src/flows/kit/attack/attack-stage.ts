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
  // The phone grid, as for the grants (the client under Alice, the photo API under the client),
  // with Mallory beside the API and the authorization server half a column out: no line
  // between them crosses a node (found by trying every placement against every attack's links).
  narrow: {
    'resource-owner': { col: 0, row: 0 },
    'user-agent': { col: 1, row: 0 },
    client: { col: 0, row: 1 },
    'authorization-server': { col: 1.5, row: 1 },
    'resource-server': { col: 0, row: 2 },
    attacker: { col: 1, row: 2 },
  },
}
