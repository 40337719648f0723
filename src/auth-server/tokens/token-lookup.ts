import type { ServerContext } from '../context.ts'
import type { AccessTokenRecord, RefreshTokenRecord } from '../store/records.ts'

/** Why a token this server issued is no longer usable, or `active`. */
export type TokenState = 'active' | 'expired' | 'revoked' | 'rotated'

export type TokenLookup =
  | { type: 'access_token'; record: AccessTokenRecord; state: TokenState }
  | { type: 'refresh_token'; record: RefreshTokenRecord; state: TokenState }

function stateOf(ctx: ServerContext, record: AccessTokenRecord | RefreshTokenRecord): TokenState {
  const family = ctx.store.families.get(record.familyId)
  if (record.revoked || !family || family.revoked) return 'revoked'
  if ('used' in record && record.used) return 'rotated'
  if (record.expiresAt <= ctx.clock.nowSeconds()) return 'expired'
  return 'active'
}

/**
 * Finds a token this server issued, access or refresh, and says whether it is still active. The
 * `token_type_hint` only sets the search order (RFC 7662 §2.1, RFC 7009 §2.1).
 */
export async function lookupToken(
  ctx: ServerContext,
  value: string,
  hint?: string,
): Promise<TokenLookup | undefined> {
  const asAccess = async (): Promise<TokenLookup | undefined> => {
    const record = await ctx.store.findAccessToken(value)
    return record && { type: 'access_token', record, state: stateOf(ctx, record) }
  }
  const asRefresh = (): TokenLookup | undefined => {
    const record = ctx.store.refreshTokens.get(value)
    return record && { type: 'refresh_token', record, state: stateOf(ctx, record) }
  }
  return hint === 'refresh_token'
    ? (asRefresh() ?? asAccess())
    : ((await asAccess()) ?? asRefresh())
}
