import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import {
  API_AUDIENCE,
  BACKUP_JOB_CLIENT,
  FRAME_TV_CLIENT,
  ISSUER,
  PRINTSHOP_CLIENT,
} from '../protocol/demo-world.ts'
import { createTestServer, expectJsonError, FIXED_NOW, postForm } from './testing/test-kit.ts'

const BACKUP: [string, string] = [BACKUP_JOB_CLIENT.clientId, BACKUP_JOB_CLIENT.clientSecret]

describe('grant_type=client_credentials (RFC 6749 §4.4)', () => {
  it('gives backup-job an RFC 9068 access token whose sub is the client, with no refresh token', async () => {
    const server = createTestServer()
    const response = await postForm(
      server,
      { grant_type: 'client_credentials', scope: 'photos.read' },
      { basic: BACKUP },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('pragma')).toBe('no-cache')
    const body = await response.json()
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type'])
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'photos.read' })
    expect(decodeProtectedHeader(body.access_token)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' })
    const claims = decodeJwt(body.access_token)
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: API_AUDIENCE,
      sub: 'backup-job',
      client_id: 'backup-job',
      scope: 'photos.read',
      iat: FIXED_NOW / 1000,
      exp: FIXED_NOW / 1000 + 3600,
    })
    expect(claims.auth_time).toBeUndefined()
  })

  it('defaults an absent scope to the scopes the client is registered for (RFC 6749 §3.3)', async () => {
    const server = createTestServer()
    const body = await (
      await postForm(server, {
        grant_type: 'client_credentials',
        client_id: BACKUP[0],
        client_secret: BACKUP[1],
      })
    ).json()
    expect(body.scope).toBe('photos.read')
  })

  it('can be introspected as active with the client as subject', async () => {
    const server = createTestServer()
    const { access_token } = await (
      await postForm(server, { grant_type: 'client_credentials' }, { basic: BACKUP })
    ).json()
    const introspection = await (
      await postForm(server, { token: access_token }, { path: '/introspect', basic: BACKUP })
    ).json()
    expect(introspection).toMatchObject({
      active: true,
      sub: 'backup-job',
      client_id: 'backup-job',
      scope: 'photos.read',
    })
    expect(introspection.username).toBeUndefined()
  })

  it('refuses a scope beyond the registration with invalid_scope', async () => {
    const server = createTestServer()
    await expectJsonError(
      await postForm(
        server,
        { grant_type: 'client_credentials', scope: 'photos.read photos.write' },
        { basic: BACKUP },
      ),
      400,
      'invalid_scope',
      /backup-job may not ask for photos\.write; it is registered for: photos\.read/,
    )
    await expectJsonError(
      await postForm(
        server,
        { grant_type: 'client_credentials', scope: 'admin' },
        { basic: BACKUP },
      ),
      400,
      'invalid_scope',
      /Unknown scope admin/,
    )
  })

  it('refuses a public client with unauthorized_client: it has no secret to prove who it is', async () => {
    const server = createTestServer()
    await expectJsonError(
      await postForm(server, {
        grant_type: 'client_credentials',
        client_id: FRAME_TV_CLIENT.clientId,
      }),
      400,
      'unauthorized_client',
      /confidential clients only, and frame-tv is a public client/,
    )
  })

  it('refuses a confidential client not registered for it with unauthorized_client', async () => {
    const server = createTestServer()
    const response = await postForm(
      server,
      { grant_type: 'client_credentials' },
      { basic: [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret] },
    )
    await expectJsonError(
      response,
      400,
      'unauthorized_client',
      /printshop is not registered for grant_type=client_credentials/,
    )
  })

  it('refuses a wrong secret with 401 invalid_client and a Basic challenge', async () => {
    const server = createTestServer()
    const response = await postForm(
      server,
      { grant_type: 'client_credentials' },
      { basic: [BACKUP[0], 'wrong'] },
    )
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="auth\.photos\.example"/)
    await expectJsonError(response, 401, 'invalid_client', /client secret for backup-job is wrong/)
  })

  it('is listed in grant_types_supported in both profiles', () => {
    expect(createTestServer().metadata().grant_types_supported).toContain('client_credentials')
    expect(createTestServer({ profile: 'rfc6749' }).metadata().grant_types_supported).toContain(
      'client_credentials',
    )
  })
})
