import type { ClientRegistration, UserAccount, WorldData } from './types.ts'

/** Read access to the registered clients and resource owners. */
export interface Registry {
  getClient(clientId: string): ClientRegistration | undefined
  getUserBySub(sub: string): UserAccount | undefined
  findUserByUsername(username: string): UserAccount | undefined
  clients(): readonly ClientRegistration[]
}

/** Builds a registry from world data; duplicate ids are a programming error and throw. */
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
