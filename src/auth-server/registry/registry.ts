import type { ClientRegistration, UserAccount, WorldData } from './types.ts'

/** Read access to the registered clients and resource owners. */
export interface Registry {
  getClient(clientId: string): ClientRegistration | undefined
  getUserBySub(sub: string): UserAccount | undefined
  findUserByUsername(username: string): UserAccount | undefined
  clients(): readonly ClientRegistration[]
}

/**
 * Builds a registry from world data; duplicate ids are a programming error and throw, and so is a
 * client_id equal to a user's sub, since client and user subjects share the `sub` claim (RFC 9700
 * §4.15.1: the server must not let the two be confused).
 */
export function createRegistry(world: WorldData): Registry {
  const clients = new Map<string, ClientRegistration>()
  for (const client of world.clients) {
    if (clients.has(client.clientId)) throw new Error(`duplicate client_id ${client.clientId}`)
    if ((client.type === 'confidential') !== (client.clientSecret !== undefined)) {
      throw new Error(
        `client ${client.clientId}: confidential clients, and only they, have a secret`,
      )
    }
    clients.set(client.clientId, client)
  }
  const users = new Map<string, UserAccount>()
  for (const user of world.users) {
    if (users.has(user.sub)) throw new Error(`duplicate user sub ${user.sub}`)
    // A client_credentials token's sub is the client_id (RFC 9068 §2.2), and the photo API serves
    // the album of `sub`: a client named like a user would read that user's photos (RFC 9700 §4.15).
    if (clients.has(user.sub))
      throw new Error(`user sub ${user.sub} is also a client_id; subjects must not be confusable`)
    users.set(user.sub, user)
  }
  return {
    getClient: (clientId) => clients.get(clientId),
    getUserBySub: (sub) => users.get(sub),
    findUserByUsername: (username) =>
      [...users.values()].find((user) => user.username === username),
    clients: () => [...clients.values()],
  }
}
