import { describe, expect, it } from 'vitest'
import { createAuthorizationServer } from './index.ts'

const legacyPassword = (server: ReturnType<typeof createAuthorizationServer>) =>
  server.fetch(
    new Request(`${server.issuer}/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${btoa('legacy-app:legacy-app-secret')}`,
      },
      body: 'grant_type=password&username=alice&password=wonderland&scope=photos.read',
    }),
  )

describe('configure: a flow switches the rulebook while the server runs', () => {
  it('opens the password grant in the rfc6749 profile and closes it again on reset', async () => {
    const server = createAuthorizationServer()
    expect((await legacyPassword(server)).status).toBe(400)
    server.configure({ profile: 'rfc6749' })
    expect(server.profile).toBe('rfc6749')
    expect((await legacyPassword(server)).status).toBe(200)
    server.configure({})
    expect(server.profile).toBe('oauth2.1')
    const refused = await legacyPassword(server)
    expect(((await refused.json()) as { error: string }).error).toBe('unsupported_grant_type')
  })

  it('switches one defence off and returns every defence to how the server was created', () => {
    const server = createAuthorizationServer({ defences: { singleUseCodes: false } })
    server.configure({ defences: { requirePkce: false } })
    expect(server.defences.requirePkce).toBe(false)
    expect(server.defences.singleUseCodes).toBe(false)
    server.configure({})
    expect(server.defences.requirePkce).toBe(true)
    expect(server.defences.singleUseCodes).toBe(false)
  })
})
