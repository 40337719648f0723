/**
 * The OAuth roles of RFC 6749 §1.1, plus the resource owner's browser (the user-agent, §1.2),
 * which carries every front-channel message, and an attacker for the attack scenarios (RFC 9700
 * §3, the attacker model). One union used by servers, wire, machines and UI.
 */
export type RoleId =
  | 'resource-owner'
  | 'user-agent'
  | 'client'
  | 'authorization-server'
  | 'resource-server'
  | 'attacker'

export const ROLE_IDS: readonly RoleId[] = [
  'resource-owner',
  'user-agent',
  'client',
  'authorization-server',
  'resource-server',
  'attacker',
]

/** The roles that drive a browser of their own in the lab (Alice's, or Mallory's). */
export type BrowserRole = 'user-agent' | 'attacker'

/**
 * Each role's name in the specs. Who plays it (Alice, Printshop, Frame TV) is the flow's cast:
 * the same role has different characters in different flows.
 */
export const ROLE_NAMES: Record<RoleId, string> = {
  'resource-owner': 'Resource owner',
  'user-agent': 'Browser',
  client: 'Client',
  'authorization-server': 'Authorization server',
  'resource-server': 'Resource server',
  attacker: 'Attacker',
}
