import { SignJWT } from 'jose'
import { formatScope } from '../../protocol/scope.ts'
import type { ServerContext } from '../context.ts'
import type { AccessTokenRecord, TokenFamily } from '../store/records.ts'
import { tokenHash } from '../store/token-store.ts'

/** The JOSE `typ` of JWT access tokens (RFC 9068 §2.1). */
export const ACCESS_TOKEN_TYP = 'at+jwt'

const sameScope = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((scope, i) => scope === b[i])

/**
 * Signs an RFC 9068 access token (ES256, `typ: at+jwt`, `kid` in the header) with claims iss, exp,
 * aud, sub, client_id, iat, jti, scope and, when known, auth_time (§2.2), and records it by jti,
 * with a SHA-256 of the JWT instead of the JWT itself, so introspection and revocation can find it.
 */
export async function issueAccessToken(
  ctx: ServerContext,
  family: TokenFamily,
  scope: readonly string[],
): Promise<{ token: string; record: AccessTokenRecord }> {
  const key = await ctx.keys.signingKey('ES256')
  const iat = ctx.clock.nowSeconds()
  const record: AccessTokenRecord = {
    jti: ctx.store.newId(16),
    tokenHash: '',
    familyId: family.id,
    clientId: family.clientId,
    sub: family.sub,
    // Most tokens carry their grant's whole scope: share the family's array rather than copy it.
    scope: sameScope(scope, family.scope) ? family.scope : [...scope],
    issuedAt: iat,
    expiresAt: iat + ctx.options.lifetimes.accessToken,
    revoked: false,
  }
  const claims: Record<string, unknown> = { client_id: record.clientId, scope: formatScope(scope) }
  if (family.authTime !== undefined) claims.auth_time = family.authTime
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, typ: ACCESS_TOKEN_TYP, kid: key.kid })
    .setIssuer(ctx.issuer)
    .setSubject(record.sub)
    .setAudience(ctx.options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(record.expiresAt)
    .setJti(record.jti)
    .sign(key.privateKey)
  record.tokenHash = await tokenHash(token)
  ctx.store.addAccessToken(record)
  return { token, record }
}
