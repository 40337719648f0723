import { SignJWT, base64url } from 'jose'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestApi, type TestApi } from './testing/test-api.ts'
import { TEST_NOW_MS } from './testing/test-issuer.ts'

const API = 'https://api.photos.example'
const REALM = 'Bearer realm="api.photos.example"'

let issuer: TestApi['issuer']
let clock: TestApi['clock']
let api: TestApi['api']

beforeEach(async () => {
  ;({ issuer, clock, api } = await createTestApi())
})

async function call(token: string) {
  const response = await api.fetch(
    new Request(`${API}/photos`, { headers: { Authorization: `Bearer ${token}` } }),
  )
  const body = (await response.json()) as {
    error?: string
    error_description?: string
    scope?: string
  }
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body }
}

async function expectInvalidToken(token: string, description: string) {
  const result = await call(token)
  expect(result.status).toBe(401)
  expect(result.body.error).toBe('invalid_token')
  expect(result.body.error_description).toBe(description)
  expect(result.challenge?.startsWith(`${REALM}, error="invalid_token", error_description="`)).toBe(
    true,
  )
}

describe('401 invalid_token, each with its own reason (RFC 9068 §4, RFC 6750 §3.1)', () => {
  it('an expired token, judged by the injected clock', async () => {
    const token = await issuer.mint()
    clock.ms = TEST_NOW_MS + 299_000
    expect((await call(token)).status).toBe(200)
    clock.ms = TEST_NOW_MS + 301_000
    const result = await call(token)
    expect(result.status).toBe(401)
    expect(result.challenge).toBe(
      `${REALM}, error="invalid_token", error_description="The access token expired at 2026-11-28T16:35:00Z (it is now 2026-11-28T16:35:01Z); the client needs a new one."`,
    )
    expect(result.body.error_description).toBe(
      'The access token expired at 2026-11-28T16:35:00Z (it is now 2026-11-28T16:35:01Z); the client needs a new one.',
    )
  })

  it('a token at exactly its exp second is already expired (RFC 7519 §4.1.4)', async () => {
    const token = await issuer.mint()
    clock.ms = TEST_NOW_MS + 300_000
    expect((await call(token)).status).toBe(401)
  })

  it('an ID token (typ JWT) offered as an access token', async () => {
    await expectInvalidToken(
      await issuer.mint({ header: { typ: 'JWT' } }),
      "The token's typ is JWT, not at+jwt: an ID token is not an access token (RFC 9068 §5).",
    )
  })

  it('a token with no typ header', async () => {
    const result = await call(await issuer.mint({ header: { typ: undefined } }))
    expect(result.body.error_description).toContain('The token has no typ header')
  })

  it('a token from another issuer', async () => {
    await expectInvalidToken(
      await issuer.mint({ claims: { iss: 'https://evil.example' } }),
      'The token was issued by https://evil.example, but this API only trusts https://auth.photos.example (RFC 9068 §4).',
    )
  })

  it('a token for another audience', async () => {
    await expectInvalidToken(
      await issuer.mint({ claims: { aud: 'https://mail.example' } }),
      'The token is for the audience https://mail.example, not https://api.photos.example: access tokens are restricted to the API they were issued for (RFC 9068 §4, RFC 9700 §2.3).',
    )
  })

  it('a token signed by a key the issuer never published (same kid)', async () => {
    const result = await call(await issuer.mint({ foreignKey: true }))
    expect(result.status).toBe(401)
    expect(result.body.error_description).toContain(
      "The token's signature does not verify with https://auth.photos.example's key",
    )
  })

  it('a token whose claims were edited after signing', async () => {
    const [header, , signature] = (await issuer.mint()).split('.')
    const forged = base64url.encode(
      JSON.stringify({ ...validClaims(), scope: 'photos.read photos.write', sub: 'bob' }),
    )
    const result = await call(`${header}.${forged}.${signature}`)
    expect(result.body.error_description).toContain(
      'its header or claims were changed after signing',
    )
  })

  it('an unsigned token (alg none)', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt' }))
    const payload = base64url.encode(JSON.stringify(validClaims()))
    await expectInvalidToken(
      `${header}.${payload}.`,
      "The token's header says alg none: an unsigned token proves nothing, and RFC 9068 §2.1 forbids alg none for access tokens.",
    )
  })

  it('an HS256 token (algorithm not on the allow-list)', async () => {
    const token = await new SignJWT(validClaims())
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .sign(new TextEncoder().encode('a-secret-anyone-could-guess-123456'))
    const result = await call(token)
    expect(result.body.error_description).toContain(
      'The token is signed with HS256, but this API accepts only ES256',
    )
  })

  it('a token that is not a JWT', async () => {
    const result = await call('2YotnFZFEjr1zCsicMWpAA')
    expect(result.status).toBe(401)
    expect(result.body.error_description).toContain('The access token is not a JWT')
  })

  it('a token missing a required RFC 9068 claim', async () => {
    await expectInvalidToken(
      await issuer.mint({ claims: { client_id: undefined } }),
      'The token lacks the required claim client_id (RFC 9068 §2.2).',
    )
  })

  it('keeps the header grammar of RFC 6750 §3: no § and no inner quotes in error_description', async () => {
    const result = await call(await issuer.mint({ header: { typ: 'JWT' } }))
    expect(result.challenge).toBe(
      `${REALM}, error="invalid_token", error_description="The token's typ is JWT, not at+jwt: an ID token is not an access token (RFC 9068 section 5)."`,
    )
  })
})

describe('403 insufficient_scope (RFC 6750 §3.1)', () => {
  it('names the missing scope in the challenge and the body', async () => {
    const result = await call(await issuer.mint({ claims: { scope: 'openid profile' } }))
    expect(result.status).toBe(403)
    expect(result.challenge).toMatch(
      /^Bearer realm="api.photos.example", error="insufficient_scope", error_description="The token grants only openid profile; reading photos needs photos.read\..*", scope="photos.read"$/,
    )
    expect(result.body).toMatchObject({ error: 'insufficient_scope', scope: 'photos.read' })
  })

  it('a token with no scope claim at all', async () => {
    const result = await call(await issuer.mint({ claims: { scope: undefined } }))
    expect(result.status).toBe(403)
    expect(result.body.error_description).toContain('The token grants no scope at all')
  })
})

function validClaims() {
  const iat = Math.floor(TEST_NOW_MS / 1000)
  return {
    iss: issuer.issuer,
    sub: 'alice',
    aud: API,
    client_id: 'printshop',
    scope: 'photos.read',
    iat,
    exp: iat + 300,
    jti: 'j1',
  }
}
