import { base64UrlEncode, base64UrlToUtf8 } from '../../protocol/base64url.ts'
import { readObject, readRecords } from '../../protocol/snapshot-data.ts'
import type { AccessTokenRecord, RefreshTokenRecord, TokenFamily } from './records.ts'

/**
 * The records of issued tokens: families, access tokens by jti, refresh tokens by value. Each
 * family lists its own tokens, so revoking a grant touches only them (RFC 6749 §10.5, RFC 9700
 * §4.14.2), and an access token is found from its JWT by its jti and a hash of the whole token,
 * so the server keeps no second copy of every JWT as a lookup key.
 */
export interface TokenStore {
  families: Map<string, TokenFamily>
  accessTokens: Map<string, AccessTokenRecord>
  refreshTokens: Map<string, RefreshTokenRecord>
  addAccessToken(record: AccessTokenRecord): void
  addRefreshToken(record: RefreshTokenRecord): void
  /** Revokes a family and every access and refresh token in it. */
  revokeFamily(familyId: string, reason: string): void
  /** The record of an access token by its JWT value, if this server issued exactly that JWT. */
  findAccessToken(value: string): Promise<AccessTokenRecord | undefined>
  /** Forgets tokens and families whose last expiry is at or before `before` (seconds). */
  forgetExpired(before: number): void
  snapshotTokens(): TokenStoreSnapshot
}

/** Every family and token record, each list in the order the records were made. */
export interface TokenStoreSnapshot {
  families: TokenFamily[]
  accessTokens: AccessTokenRecord[]
  refreshTokens: RefreshTokenRecord[]
}

/** The saved records by their keys; the families' token lists come back as they were saved. */
function readTokenRecords(saved: unknown) {
  const object = readObject(saved, 'the token records')
  const byKey = <T, K extends keyof T>(list: unknown, key: K & string, what: string) =>
    new Map(readRecords<T>(list, key, what).map((record) => [record[key] as string, record]))
  return {
    families: byKey<TokenFamily, 'id'>(object.families, 'id', 'the token families'),
    accessTokens: byKey<AccessTokenRecord, 'jti'>(object.accessTokens, 'jti', 'the access tokens'),
    refreshTokens: byKey<RefreshTokenRecord, 'token'>(
      object.refreshTokens,
      'token',
      'the refresh tokens',
    ),
  }
}

/** base64url SHA-256 of a token, the fingerprint kept instead of the token (RFC 4648 §5). */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))
  return base64UrlEncode(new Uint8Array(digest))
}

/** The jti of a compact JWS, read without verifying it (the hash check does that job). */
function jtiOf(value: string): string | undefined {
  const parts = value.split('.')
  if (parts.length !== 3) return undefined
  try {
    const payload: unknown = JSON.parse(base64UrlToUtf8(parts[1] ?? '') ?? 'null')
    const jti = (payload as { jti?: unknown } | null)?.jti
    return typeof jti === 'string' ? jti : undefined
  } catch {
    return undefined
  }
}

/** `list` with `item` added; a first item gets a one-element array, not push's spare capacity. */
function append(list: string[] | undefined, item: string): string[] {
  if (!list) return [item]
  list.push(item)
  return list
}

/** `saved` (a snapshot) brings back an earlier store's records. */
export function createTokenStore(saved?: unknown): TokenStore {
  const { families, accessTokens, refreshTokens } =
    saved === undefined
      ? {
          families: new Map<string, TokenFamily>(),
          accessTokens: new Map<string, AccessTokenRecord>(),
          refreshTokens: new Map<string, RefreshTokenRecord>(),
        }
      : readTokenRecords(saved)
  const extend = (family: TokenFamily | undefined, expiresAt: number) => {
    if (family) family.expiresAt = Math.max(family.expiresAt, expiresAt)
  }
  return {
    families,
    accessTokens,
    refreshTokens,
    addAccessToken(record) {
      accessTokens.set(record.jti, record)
      const family = families.get(record.familyId)
      if (family) family.accessTokenIds = append(family.accessTokenIds, record.jti)
      extend(family, record.expiresAt)
    },
    addRefreshToken(record) {
      refreshTokens.set(record.token, record)
      const family = families.get(record.familyId)
      if (family) family.refreshTokens = append(family.refreshTokens, record.token)
      extend(family, record.expiresAt)
    },
    revokeFamily(familyId, reason) {
      const family = families.get(familyId)
      if (!family) return
      family.revoked = true
      family.revokedReason ??= reason
      for (const jti of family.accessTokenIds ?? []) {
        const token = accessTokens.get(jti)
        if (token) token.revoked = true
      }
      for (const value of family.refreshTokens ?? []) {
        const token = refreshTokens.get(value)
        if (token) token.revoked = true
      }
    },
    async findAccessToken(value) {
      const jti = jtiOf(value)
      const record = jti === undefined ? undefined : accessTokens.get(jti)
      if (!record) return undefined
      return (await tokenHash(value)) === record.tokenHash ? record : undefined
    },
    forgetExpired(before) {
      for (const [jti, record] of accessTokens)
        if (record.expiresAt <= before) accessTokens.delete(jti)
      for (const [value, record] of refreshTokens)
        if (record.expiresAt <= before) refreshTokens.delete(value)
      // A family outlives every token in it (expiresAt is their latest expiry).
      for (const [id, family] of families) if (family.expiresAt <= before) families.delete(id)
    },
    snapshotTokens: () => ({
      families: [...families.values()].map((family) => ({ ...family })),
      accessTokens: [...accessTokens.values()].map((record) => ({ ...record })),
      refreshTokens: [...refreshTokens.values()].map((record) => ({ ...record })),
    }),
  }
}
