import { SignJWT } from 'jose'
import { computeHashClaim } from '../../protocol/hash-claim.ts'
import type { ServerContext } from '../context.ts'
import type { ClientRegistration } from '../registry/types.ts'

export interface IdTokenInput {
  client: ClientRegistration
  sub: string
  authTime?: number
  nonce?: string
  /** The access token issued alongside, for at_hash (OIDC Core §3.1.3.6). */
  accessToken?: string
}

/**
 * Signs an OpenID Connect ID token (OIDC Core §2): iss, sub, aud = client_id, exp, iat, auth_time,
 * nonce echoed unchanged, at_hash with the hash of the alg. ES256 by default; RS256 when the
 * client's registration (`idTokenSignedResponseAlg`) or the server option `idTokenSigningAlg`
 * says so. Header `typ: JWT`, so it can never pass for an `at+jwt` access token (RFC 9068 §5).
 */
export async function issueIdToken(ctx: ServerContext, input: IdTokenInput): Promise<string> {
  const alg = input.client.idTokenSignedResponseAlg ?? ctx.options.idTokenSigningAlg
  const key = await ctx.keys.signingKey(alg)
  const iat = ctx.clock.nowSeconds()
  const claims: Record<string, unknown> = {}
  if (input.authTime !== undefined) claims.auth_time = input.authTime
  if (input.nonce !== undefined) claims.nonce = input.nonce
  if (input.accessToken !== undefined)
    claims.at_hash = await computeHashClaim(input.accessToken, alg)
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT', kid: key.kid })
    .setIssuer(ctx.issuer)
    .setSubject(input.sub)
    .setAudience(input.client.clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ctx.options.lifetimes.idToken)
    .sign(key.privateKey)
}
