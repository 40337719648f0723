import type { ServerContext } from '../context.ts'
import type { RefreshTokenRecord, TokenFamily } from '../store/records.ts'

/**
 * Issues an opaque refresh token (RFC 6749 §1.5) in a token family, carrying the scope it may
 * later be exchanged for. The family's first refresh token lives `lifetimes.refreshToken`; every
 * rotated one expires no later than that first one (browser-based apps BCP §6.3.2.3: rotation must
 * not extend the lifetime), so the grant ends at the latest 14 days after sign-in.
 */
export function issueRefreshToken(
  ctx: ServerContext,
  family: TokenFamily,
  scope: readonly string[],
): RefreshTokenRecord {
  const now = ctx.clock.nowSeconds()
  const record: RefreshTokenRecord = {
    token: ctx.store.newId(32),
    familyId: family.id,
    clientId: family.clientId,
    sub: family.sub,
    scope: [...scope],
    issuedAt: now,
    expiresAt: Math.min(
      now + ctx.options.lifetimes.refreshToken,
      family.refreshTokensExpireAt ?? Number.POSITIVE_INFINITY,
    ),
    used: false,
    revoked: false,
  }
  family.refreshTokensExpireAt ??= record.expiresAt
  ctx.store.addRefreshToken(record)
  return record
}

/** Starts a token family for one authorization grant (see TokenFamily). */
export function createTokenFamily(
  ctx: ServerContext,
  input: { clientId: string; sub: string; scope: readonly string[]; authTime?: number },
): TokenFamily {
  const family: TokenFamily = {
    id: ctx.store.newId(16),
    clientId: input.clientId,
    sub: input.sub,
    scope: [...input.scope],
    authTime: input.authTime,
    expiresAt: ctx.clock.nowSeconds(),
    revoked: false,
  }
  ctx.store.families.set(family.id, family)
  return family
}
