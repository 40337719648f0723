import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import type { CryptoKey, JWK, JWTHeaderParameters } from 'jose'
import { API_AUDIENCE, ISSUER } from '../../protocol/demo-world.ts'

/** 2026-11-28T16:30:00Z: the fixed "now" of the resource-server tests. */
export const TEST_NOW_MS = Date.parse('2026-11-28T16:30:00Z')

interface SigningKey {
  readonly kid: string
  readonly privateKey: CryptoKey
  readonly publicJwk: JWK
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true })
  return {
    kid,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  }
}

export interface MintOptions {
  /** Claims to add or replace; a value of `undefined` removes the claim. */
  readonly claims?: Record<string, unknown>
  /** Header parameters to add or replace (alg stays ES256 unless the key is an HMAC secret). */
  readonly header?: Partial<JWTHeaderParameters>
  /** Sign with a key the issuer never published. */
  readonly foreignKey?: boolean
}

/**
 * A stand-in issuer for resource-server tests: real ES256 keys, RFC 8414 metadata, a JWKS and
 * an introspection endpoint served through a fetch handler that records what it was asked, and
 * RFC 9068 tokens minted with jose. Tests that need the real authorization server use src/wire/lab.ts instead.
 */
export async function createTestIssuer(issuer = ISSUER) {
  const published: SigningKey[] = [await signingKey('test-key-1')]
  const foreign = await signingKey('test-key-1')
  const requests: string[] = []
  /** What /introspect says about a token value (RFC 7662 §2.2); anything else is not active. */
  const introspection = new Map<string, Record<string, unknown>>()

  async function fetch(request: Request): Promise<Response> {
    requests.push(`${request.method} ${request.url}`)
    const { pathname } = new URL(request.url)
    if (pathname === '/.well-known/oauth-authorization-server') {
      return Response.json({
        issuer,
        jwks_uri: `${issuer}/jwks`,
        introspection_endpoint: `${issuer}/introspect`,
        response_types_supported: ['code'],
      })
    }
    if (pathname === '/jwks') return Response.json({ keys: published.map((key) => key.publicJwk) })
    if (pathname === '/introspect' && request.method === 'POST') return introspect(request)
    return new Response('not found', { status: 404 })
  }

  /** RFC 7662 §2.1-2.3 for the photo API's own credentials (photo-api:photo-api-secret). */
  async function introspect(request: Request): Promise<Response> {
    if (request.headers.get('authorization') !== `Basic ${btoa('photo-api:photo-api-secret')}`)
      return Response.json({ error: 'invalid_client' }, { status: 401 })
    const token = new URLSearchParams(await request.text()).get('token') ?? ''
    return Response.json(introspection.get(token) ?? { active: false })
  }

  async function mint(options: MintOptions = {}): Promise<string> {
    const key = options.foreignKey ? foreign : published[published.length - 1]!
    const iat = Math.floor(TEST_NOW_MS / 1000)
    const claims: Record<string, unknown> = {
      iss: issuer,
      sub: 'alice',
      aud: API_AUDIENCE,
      client_id: 'printshop',
      scope: 'openid profile photos.read',
      iat,
      exp: iat + 300,
      jti: crypto.randomUUID(),
      ...options.claims,
    }
    for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name]
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: key.kid, ...options.header })
      .sign(key.privateKey)
    introspection.set(token, { active: true, token_type: 'Bearer', ...claims })
    return token
  }

  /** Revokes a token at the issuer: /introspect says active false from now on; the JWT is unchanged. */
  function revoke(token: string): void {
    introspection.set(token, { active: false })
  }

  /** Publishes a new signing key and makes it the one new tokens are signed with. */
  async function rotate(kid: string): Promise<void> {
    published.push(await signingKey(kid))
  }

  return { issuer, fetch, mint, rotate, revoke, introspection, requests }
}
