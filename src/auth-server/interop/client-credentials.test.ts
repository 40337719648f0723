import * as client from 'openid-client'
import { describe, expect, it } from 'vitest'
import { BACKUP_JOB_CLIENT, ISSUER, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import { createInteropServer, discover, verifyAccessToken } from './interop-kit.ts'

describe('openid-client: client credentials (RFC 6749 §4.4)', () => {
  it.each([
    ['client_secret_basic', 'basic'],
    ['client_secret_post', 'post'],
  ] as const)(
    'backup-job gets an access token for itself with %s, and no refresh token',
    async (_name, kind) => {
      const server = createInteropServer()
      const config = await discover(server, BACKUP_JOB_CLIENT.clientId, {
        kind,
        secret: BACKUP_JOB_CLIENT.clientSecret,
      })
      expect(config.serverMetadata().grant_types_supported).toContain('client_credentials')
      const tokens = await client.clientCredentialsGrant(config, { scope: BACKUP_JOB_CLIENT.scope })
      expect(tokens.token_type).toBe('bearer')
      expect(tokens.scope).toBe('photos.read')
      expect(tokens.expires_in).toBe(3600)
      expect(tokens.refresh_token).toBeUndefined()
      expect(tokens.id_token).toBeUndefined()
      const { payload } = await verifyAccessToken(server, config, tokens.access_token)
      expect(payload).toMatchObject({
        iss: ISSUER,
        sub: BACKUP_JOB_CLIENT.clientId,
        client_id: BACKUP_JOB_CLIENT.clientId,
        scope: 'photos.read',
        aud: 'https://api.photos.example',
      })
    },
  )

  it('without scope, the client gets its registered scope; it can introspect and revoke its own token', async () => {
    const server = createInteropServer()
    const config = await discover(server, BACKUP_JOB_CLIENT.clientId, {
      kind: 'basic',
      secret: BACKUP_JOB_CLIENT.clientSecret,
    })
    const tokens = await client.clientCredentialsGrant(config)
    expect(tokens.scope).toBe('photos.read')
    expect(await client.tokenIntrospection(config, tokens.access_token)).toMatchObject({
      active: true,
      client_id: BACKUP_JOB_CLIENT.clientId,
      sub: BACKUP_JOB_CLIENT.clientId,
      scope: 'photos.read',
    })
    await client.tokenRevocation(config, tokens.access_token)
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false)
  })

  it('a scope outside the registration is invalid_scope', async () => {
    const server = createInteropServer()
    const config = await discover(server, BACKUP_JOB_CLIENT.clientId, {
      kind: 'basic',
      secret: BACKUP_JOB_CLIENT.clientSecret,
    })
    const error = await client
      .clientCredentialsGrant(config, { scope: 'photos.write' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('invalid_scope')
  })

  it('a client not registered for the grant is unauthorized_client', async () => {
    const server = createInteropServer()
    const config = await discover(server, PRINTSHOP_CLIENT.clientId, {
      kind: 'basic',
      secret: PRINTSHOP_CLIENT.clientSecret,
    })
    const error = await client.clientCredentialsGrant(config).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('unauthorized_client')
  })
})
