import { connect } from 'node:net'
import { decodeJwt } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthorizationServer } from '../auth-server/index.ts'
import { describeLocalServers } from './banner.ts'
import { startLocalServers, type LocalServers } from './local-servers.ts'

describe('the local Node servers (npm run auth-server)', () => {
  let servers: LocalServers
  beforeAll(async () => {
    servers = await startLocalServers({ authPort: 0, apiPort: 0 })
  })
  afterAll(() => servers.close())

  it('use their localhost URLs as issuer and audience', async () => {
    expect(servers.authUrl).toMatch(/^http:\/\/localhost:\d+$/)
    expect(servers.apiUrl).toMatch(/^http:\/\/localhost:\d+$/)
    const metadata = await (
      await fetch(`${servers.authUrl}/.well-known/openid-configuration`)
    ).json()
    expect(metadata).toMatchObject({
      issuer: servers.authUrl,
      token_endpoint: `${servers.authUrl}/token`,
      device_authorization_endpoint: `${servers.authUrl}/device_authorization`,
    })
  })

  it(
    'client credentials over HTTP, then the photo API with the token',
    { timeout: 10_000 },
    async () => {
      const tokenResponse = await fetch(`${servers.authUrl}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa('backup-job:backup-job-secret')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
        signal: AbortSignal.timeout(5000),
      })
      expect(tokenResponse.status).toBe(200)
      expect(tokenResponse.headers.get('cache-control')).toBe('no-store')
      const tokens = await tokenResponse.json()
      expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'photos.read' })
      expect(decodeJwt(tokens.access_token)).toMatchObject({
        iss: servers.authUrl,
        aud: servers.apiUrl,
        sub: 'backup-job',
        client_id: 'backup-job',
      })

      const api = await fetch(`${servers.apiUrl}/photos`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
        signal: AbortSignal.timeout(5000),
      })
      expect(api.status).toBe(200)
      expect(await api.json()).toEqual({ owner: 'backup-job', count: 0, photos: [] })

      const noToken = await fetch(`${servers.apiUrl}/photos`, { signal: AbortSignal.timeout(5000) })
      expect(noToken.status).toBe(401)
      expect(noToken.headers.get('www-authenticate')).toBe(
        `Bearer realm="${new URL(servers.apiUrl).host}"`,
      )
    },
  )

  it('revocation: the API accepts a revoked JWT until it introspects over HTTP', async () => {
    const basic = `Basic ${btoa('backup-job:backup-job-secret')}`
    const form = { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }
    const issued = await fetch(`${servers.authUrl}/token`, {
      method: 'POST',
      headers: form,
      body: 'grant_type=client_credentials',
    })
    const { access_token } = await issued.json()
    const revoked = await fetch(`${servers.authUrl}/revoke`, {
      method: 'POST',
      headers: form,
      body: `token=${access_token}`,
    })
    expect(revoked.status).toBe(200)
    const photos = () =>
      fetch(`${servers.apiUrl}/photos`, { headers: { authorization: `Bearer ${access_token}` } })
    expect((await photos()).status).toBe(200)
    servers.resourceServer.setTokenCheck('introspection')
    try {
      const refused = await photos()
      expect(refused.status).toBe(401)
      expect((await refused.json()).error_description).toBe(
        `${servers.authUrl} says this token is not active: it expired, was revoked (at /revoke, or with its grant after a replayed code or a reused refresh token), or was never issued there (RFC 7662 §2.2).`,
      )
    } finally {
      servers.resourceServer.setTokenCheck('local-jwt')
    }
  })

  it('the review reproductions over real HTTP: HEAD, TRACE, OPTIONS *, absolute-form, CORS', async () => {
    const head = await fetch(`${servers.authUrl}/jwks`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/json')
    expect(await head.text()).toBe('')
    const raw = (base: string, line: string) =>
      new Promise<string>((resolve) => {
        const { hostname, port } = new URL(base)
        let answer = ''
        const socket = connect(
          Number(port),
          hostname === 'localhost' ? '127.0.0.1' : hostname,
          () => socket.write(`${line}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
        )
        socket.setEncoding('latin1')
        socket.on('data', (data: string) => (answer += data))
        socket.on('close', () => resolve(answer))
      })
    const trace = await raw(servers.authUrl, 'TRACE /token HTTP/1.1')
    expect(trace).toMatch(/^HTTP\/1\.1 405 /)
    expect(trace).toMatch(/\r\nallow: POST, OPTIONS\r\n/)
    expect(await raw(servers.apiUrl, 'TRACE /photos HTTP/1.1')).toMatch(
      /^HTTP\/1\.1 405 [^]*\r\nallow: GET, HEAD, OPTIONS\r\n/,
    )
    expect(await raw(servers.authUrl, 'OPTIONS * HTTP/1.1')).toMatch(
      /^HTTP\/1\.1 204 [^]*\r\nallow: GET, HEAD, POST, OPTIONS\r\n/,
    )
    expect(await raw(servers.authUrl, 'GET http:// HTTP/1.1')).toMatch(/^HTTP\/1\.1 400 /)
    expect(await raw(servers.authUrl, `GET ${servers.authUrl}/jwks HTTP/1.1`)).toMatch(
      /^HTTP\/1\.1 200 /,
    )
    const preflight = await fetch(`${servers.apiUrl}/photos`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization')
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('the API refuses a token from the in-browser issuer: other iss, other aud', async () => {
    const inBrowser = createAuthorizationServer()
    const response = await inBrowser.fetch(
      new Request(`${inBrowser.issuer}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa('backup-job:backup-job-secret')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      }),
    )
    const { access_token } = await response.json()
    const api = await fetch(`${servers.apiUrl}/photos`, {
      headers: { authorization: `Bearer ${access_token}` },
      signal: AbortSignal.timeout(5000),
    })
    expect(api.status).toBe(401)
    expect(api.headers.get('www-authenticate')).toMatch(/error="invalid_token"/)
  })

  it('prints the URLs, every demo client and user, and the first curl command', () => {
    const banner = describeLocalServers({
      authUrl: 'http://localhost:9000',
      apiUrl: 'http://localhost:9001',
      profile: 'oauth2.1',
      tokenCheck: 'local-jwt',
    })
    expect(banner).toContain('Authorization server  http://localhost:9000')
    expect(banner).toContain('Photo API             http://localhost:9001/photos')
    expect(banner).toMatch(/backup-job +backup-job-secret +client_credentials +photos\.read/)
    expect(banner).toMatch(/frame-tv +\(public\) +device_code/)
    expect(banner).toMatch(
      /legacy-app +legacy-app-secret +password \(rfc6749\), implicit \(rfc6749\)/,
    )
    expect(banner).toMatch(/photo-api +photo-api-secret +\(introspection only\)/)
    expect(banner).toContain(
      'API token check       local-jwt (signature and exp; a revoked token passes until it expires)',
    )
    expect(banner).toMatch(/alice +wonderland/)
    expect(banner).toMatch(/bob +builder/)
    expect(banner).toContain(
      'curl -s -u backup-job:backup-job-secret -d grant_type=client_credentials http://localhost:9000/token',
    )
  })
})
