import { base64UrlEncode } from '../../protocol/base64url.ts'
import type { RandomBytes } from '../../protocol/random.ts'
import { createDeviceStore, type DeviceStore } from '../device/device-store.ts'
import { PASSWORD_GUESSES } from '../authorize/check-password.ts'
import { createAttemptLimiter, type AttemptLimiter } from './attempt-limiter.ts'
import type {
  AccessTokenRecord,
  AuthorizationCodeRecord,
  PendingAuthorization,
  RefreshTokenRecord,
  SessionRecord,
  TokenFamily,
} from './records.ts'

/** All mutable server state, in memory. Lookups by id; expiry is checked by the callers' clock. */
export interface ServerStore {
  sessions: Map<string, SessionRecord>
  pending: Map<string, PendingAuthorization>
  codes: Map<string, AuthorizationCodeRecord>
  families: Map<string, TokenFamily>
  /** Access token records by jti. */
  accessTokens: Map<string, AccessTokenRecord>
  /** The jti of each issued access token, by its compact JWT value (for /introspect, /revoke, /userinfo). */
  accessTokenJtis: Map<string, string>
  refreshTokens: Map<string, RefreshTokenRecord>
  /** Device authorization requests and user-code guesses (RFC 8628). */
  devices: DeviceStore
  /** Wrong passwords by username, at /login, /device/login and the password grant (RFC 6749 §4.3.2, §10.10). */
  passwordGuesses: AttemptLimiter
  /** A fresh random identifier: `byteLength` random bytes, base64url. */
  newId(byteLength?: number): string
  /** Revokes a family and every access and refresh token in it. */
  revokeFamily(familyId: string, reason: string): void
  /** The record of an access token by its JWT value, if this server issued it. */
  findAccessToken(value: string): AccessTokenRecord | undefined
}

export function createServerStore(random: RandomBytes): ServerStore {
  const store: ServerStore = {
    sessions: new Map(),
    pending: new Map(),
    codes: new Map(),
    families: new Map(),
    accessTokens: new Map(),
    accessTokenJtis: new Map(),
    refreshTokens: new Map(),
    devices: createDeviceStore(),
    passwordGuesses: createAttemptLimiter(PASSWORD_GUESSES),
    newId: (byteLength = 32) => base64UrlEncode(random(byteLength)),
    revokeFamily(familyId, reason) {
      const family = store.families.get(familyId)
      if (!family) return
      family.revoked = true
      family.revokedReason ??= reason
      for (const token of store.accessTokens.values())
        if (token.familyId === familyId) token.revoked = true
      for (const token of store.refreshTokens.values())
        if (token.familyId === familyId) token.revoked = true
    },
    findAccessToken(value) {
      const jti = store.accessTokenJtis.get(value)
      return jti === undefined ? undefined : store.accessTokens.get(jti)
    },
  }
  return store
}
