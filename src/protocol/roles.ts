/**
 * The OAuth roles of RFC 6749 §1.1, plus the resource owner's browser (the user-agent, §1.2),
 * which carries every front-channel message. One union used by servers, wire, machines and UI.
 */
export type RoleId =
  'resource-owner' | 'user-agent' | 'client' | 'authorization-server' | 'resource-server'

export const ROLE_IDS: readonly RoleId[] = [
  'resource-owner',
  'user-agent',
  'client',
  'authorization-server',
  'resource-server',
]

/** How each role appears in the story of RFC 6749 §1: Alice lets a printing service read her photos. */
export const ROLE_PROFILES: Record<RoleId, { name: string; character: string }> = {
  'resource-owner': { name: 'Resource owner', character: 'Alice' },
  'user-agent': { name: 'Browser', character: "Alice's browser" },
  client: { name: 'Client', character: 'Printshop' },
  'authorization-server': { name: 'Authorization server', character: 'auth.photos.example' },
  'resource-server': { name: 'Resource server', character: 'Photo API' },
}
