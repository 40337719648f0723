import { describe, expect, it } from 'vitest'
import { DEMO_WORLD } from './demo-world-data.ts'
import { createRegistry } from './registry.ts'

describe('the registry', () => {
  it('refuses a client_id equal to a user sub, so a client token cannot pass for a user (RFC 9700 §4.15)', () => {
    const backup = DEMO_WORLD.clients.find((client) => client.clientId === 'backup-job')!
    expect(() =>
      createRegistry({
        ...DEMO_WORLD,
        clients: [...DEMO_WORLD.clients, { ...backup, clientId: 'alice' }],
      }),
    ).toThrow('user sub alice is also a client_id; subjects must not be confusable')
    const clientIds = new Set(DEMO_WORLD.clients.map((client) => client.clientId))
    expect(DEMO_WORLD.users.filter((user) => clientIds.has(user.sub))).toEqual([])
    expect(() => createRegistry(DEMO_WORLD)).not.toThrow()
  })
})
