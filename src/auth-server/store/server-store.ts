import { base64UrlEncode } from '../../protocol/base64url.ts'
import type { RandomBytes } from '../../protocol/random.ts'
import { PASSWORD_GUESSES } from '../authorize/check-password.ts'
import {
  createDeviceStore,
  type DeviceStore,
  type DeviceStoreSnapshot,
} from '../device/device-store.ts'
import {
  createAttemptLimiter,
  type AttemptLimiter,
  type AttemptLimiterSnapshot,
} from './attempt-limiter.ts'
import { setCapped } from './capped-map.ts'
import type { AuthorizationCodeRecord, PendingAuthorization, SessionRecord } from './records.ts'
import { readSavedRecords, savedPending, savedSession } from './saved-records.ts'
import type { SavedPending, SavedSession } from './saved-records.ts'
import { createTokenStore, type TokenStore, type TokenStoreSnapshot } from './token-store.ts'

/** How many records of each kind anyone may make the server hold at once (oldest go first). */
export interface StoreLimits {
  /** Authorization requests waiting for login and consent: anyone can start one. */
  pendingAuthorizations: number
  /** Device authorization requests: a public client (frame-tv) can start one without a secret. */
  deviceAuthorizations: number
  /** Login sessions (each needs a right password, but a script could sign in all day). */
  sessions: number
}

export const DEFAULT_STORE_LIMITS: StoreLimits = {
  pendingAuthorizations: 1000,
  deviceAuthorizations: 1000,
  sessions: 10_000,
}

/**
 * How long an expired code, token or device request is kept before it is forgotten, in seconds:
 * for that hour a late request hears "expired" rather than "unknown", and a code replayed late
 * still finds the grant it must revoke. After it, the record is gone for good.
 */
export const EXPIRED_RECORD_RETENTION = 3600

/** The store is swept of expired records at most once per this many seconds of the server clock. */
export const SWEEP_INTERVAL = 60

/** How many records the server holds, by kind. */
export type StoreCounts = Record<
  | 'sessions'
  | 'pendingAuthorizations'
  | 'codes'
  | 'families'
  | 'accessTokens'
  | 'refreshTokens'
  | 'deviceAuthorizations'
  | 'passwordFailures',
  number
>

/** All mutable server state, in memory. Lookups by id; expiry is checked by the callers' clock. */
export interface ServerStore extends TokenStore {
  sessions: Map<string, SessionRecord>
  pending: Map<string, PendingAuthorization>
  codes: Map<string, AuthorizationCodeRecord>
  /** Device authorization requests and user-code guesses (RFC 8628). */
  devices: DeviceStore
  /** Wrong passwords by username, at /login, /device/login and the password grant (RFC 6749 §4.3.2, §10.10). */
  passwordGuesses: AttemptLimiter
  /** A fresh random identifier: `byteLength` random bytes, base64url. */
  newId(byteLength?: number): string
  /** Stores a pending request, forgetting the oldest beyond the limit. */
  addPending(request: PendingAuthorization): void
  /** Stores a session, forgetting the oldest beyond the limit. */
  addSession(session: SessionRecord): void
  /**
   * Forgets what has expired as of `now` (seconds, the server clock): sessions and pending
   * requests at once, codes, tokens, families and device requests EXPIRED_RECORD_RETENTION later,
   * and password failures outside their window. Runs at most once per SWEEP_INTERVAL.
   */
  sweep(now: number): void
  counts(): StoreCounts
  /** Every record as plain data, for a page reload; `createServerStore(…, saved)` reads it back. */
  snapshot(): ServerStoreSnapshot
}

/** Each kind of record in the order it was made, and when the next sweep is due. */
export interface ServerStoreSnapshot {
  sessions: SavedSession[]
  pending: SavedPending[]
  codes: AuthorizationCodeRecord[]
  tokens: TokenStoreSnapshot
  devices: DeviceStoreSnapshot
  passwordGuesses: AttemptLimiterSnapshot
  /** Server-clock seconds; null before the first sweep. */
  nextSweep: number | null
}

/** `saved` (a snapshot) brings back an earlier store's records; the limits are this store's. */
export function createServerStore(
  random: RandomBytes,
  limits: StoreLimits,
  saved?: unknown,
): ServerStore {
  const restored = saved === undefined ? undefined : readSavedRecords(saved)
  const tokens = createTokenStore(restored?.tokens)
  let nextSweep = restored?.nextSweep ?? Number.NEGATIVE_INFINITY
  const store: ServerStore = {
    ...tokens,
    sessions: restored?.sessions ?? new Map(),
    pending: restored?.pending ?? new Map(),
    codes: restored?.codes ?? new Map(),
    devices: createDeviceStore(limits.deviceAuthorizations, restored?.devices),
    passwordGuesses: createAttemptLimiter(PASSWORD_GUESSES, restored?.passwordGuesses),
    newId: (byteLength = 32) => base64UrlEncode(random(byteLength)),
    addPending: (request) =>
      setCapped(store.pending, request.id, request, limits.pendingAuthorizations),
    addSession: (session) => setCapped(store.sessions, session.id, session, limits.sessions),
    sweep(now) {
      if (now < nextSweep) return
      nextSweep = now + SWEEP_INTERVAL
      for (const [id, session] of store.sessions)
        if (session.expiresAt <= now) store.sessions.delete(id)
      for (const [id, request] of store.pending)
        if (request.expiresAt <= now) store.pending.delete(id)
      const before = now - EXPIRED_RECORD_RETENTION
      for (const [code, record] of store.codes)
        if (record.expiresAt <= before) store.codes.delete(code)
      tokens.forgetExpired(before)
      store.devices.forgetExpired(before)
      store.passwordGuesses.forgetOld(now)
      store.devices.guesses.forgetOld(now)
    },
    counts: () => ({
      sessions: store.sessions.size,
      pendingAuthorizations: store.pending.size,
      codes: store.codes.size,
      families: tokens.families.size,
      accessTokens: tokens.accessTokens.size,
      refreshTokens: tokens.refreshTokens.size,
      deviceAuthorizations: store.devices.records.size,
      passwordFailures: store.passwordGuesses.size(),
    }),
    snapshot: () => ({
      sessions: [...store.sessions.values()].map(savedSession),
      pending: [...store.pending.values()].map(savedPending),
      codes: [...store.codes.values()].map((record) => ({ ...record })),
      tokens: tokens.snapshotTokens(),
      devices: store.devices.snapshot(),
      passwordGuesses: store.passwordGuesses.snapshot(),
      nextSweep: Number.isFinite(nextSweep) ? nextSweep : null,
    }),
  }
  return store
}
