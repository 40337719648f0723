import {
  readArray,
  readObject,
  readRecords,
  readString,
  SnapshotError,
} from '../../protocol/snapshot-data.ts'
import {
  createAttemptLimiter,
  type AttemptLimiter,
  type AttemptLimiterSnapshot,
} from '../store/attempt-limiter.ts'

/**
 * One device authorization request (RFC 8628 §3.1-3.5), from the device's request to the final
 * token. Times in seconds (server clock) except `lastPollAtMs`.
 */
export interface DeviceAuthorizationRecord {
  /** The secret the device polls with (§3.2); never shown to the user (§3.3). */
  deviceCode: string
  /** The code the user types, normalized: 8 letters, no dash (`WDJBMJHT`). */
  userCode: string
  /** An opaque id for this request in the user's browser (login and consent forms). */
  verificationId: string
  clientId: string
  scope: string[]
  issuedAt: number
  expiresAt: number
  /** The polling interval the device must keep; `slow_down` adds 5 seconds to it (§3.5). */
  interval: number
  /** When the device last polled, in milliseconds, to tell whether it polled too fast. */
  lastPollAtMs?: number
  /** pending until the user decides; redeemed once the device got its tokens. */
  status: 'pending' | 'approved' | 'denied' | 'redeemed'
  /** The session the user signed in with for this request, and who they are, once known. */
  sessionId?: string
  sub?: string
  authTime?: number
}

/** The device grant's state on one server. */
export interface DeviceStore {
  /** By device_code. Add with `add`, so the indexes stay in step. */
  readonly records: ReadonlyMap<string, DeviceAuthorizationRecord>
  /** Stores a new request, forgetting the oldest beyond the limit. */
  add(record: DeviceAuthorizationRecord): void
  /** The latest request with this normalized user code (an expired code may be reused, §6.1). */
  byUserCode(userCode: string): DeviceAuthorizationRecord | undefined
  byVerificationId(id: string): DeviceAuthorizationRecord | undefined
  /** Forgets requests that expired at or before `before` (seconds). */
  forgetExpired(before: number): void
  /** Wrong user codes entered at /device, under the key `user_code` (RFC 8628 §5.1). */
  readonly guesses: AttemptLimiter
  snapshot(): DeviceStoreSnapshot
}

/** The requests oldest first, which one each user code finds, and the wrong guesses. */
export interface DeviceStoreSnapshot {
  records: DeviceAuthorizationRecord[]
  /** user code -> device_code: the latest request with that code, if it is still kept. */
  byUserCode: [userCode: string, deviceCode: string][]
  guesses: AttemptLimiterSnapshot
}

/** At most 5 wrong user codes a minute: at 20^8 codes, guessing a live one becomes hopeless. */
export const USER_CODE_GUESSES = { maxFailures: 5, windowSeconds: 60 } as const

/**
 * Device requests indexed by device_code, user code and verification id, at most `limit` of them;
 * `saved` (a snapshot) brings back an earlier store's.
 */
export function createDeviceStore(limit: number, saved?: unknown): DeviceStore {
  const records = new Map<string, DeviceAuthorizationRecord>()
  const byUserCode = new Map<string, DeviceAuthorizationRecord>()
  const byVerificationId = new Map<string, DeviceAuthorizationRecord>()
  const restored = saved === undefined ? undefined : readObject(saved, 'the device requests')
  if (restored) {
    const list = readRecords<DeviceAuthorizationRecord>(
      restored.records,
      'deviceCode',
      'the device requests',
    )
    for (const record of list) {
      records.set(record.deviceCode, record)
      byVerificationId.set(readString(record.verificationId, 'a verification id'), record)
    }
    readArray(restored.byUserCode, 'the user code index').forEach((entry, i) => {
      const [userCode, deviceCode] = readArray(entry, `user code index ${i}`)
      const record = records.get(readString(deviceCode, `user code index ${i}'s device code`))
      if (!record || record.userCode !== userCode)
        throw new SnapshotError(`User code index ${i} names no saved request with that code.`)
      byUserCode.set(record.userCode, record)
    })
  }
  const guesses = createAttemptLimiter(
    USER_CODE_GUESSES,
    restored && readArray(restored.guesses, 'the wrong user codes'),
  )
  const remove = (record: DeviceAuthorizationRecord) => {
    records.delete(record.deviceCode)
    if (byUserCode.get(record.userCode) === record) byUserCode.delete(record.userCode)
    byVerificationId.delete(record.verificationId)
  }
  return {
    records,
    add(record) {
      records.set(record.deviceCode, record)
      byUserCode.set(record.userCode, record)
      byVerificationId.set(record.verificationId, record)
      for (const oldest of records.values()) {
        if (records.size <= limit) break
        remove(oldest)
      }
    },
    byUserCode: (userCode) => byUserCode.get(userCode),
    byVerificationId: (id) => byVerificationId.get(id),
    forgetExpired(before) {
      for (const record of records.values()) if (record.expiresAt <= before) remove(record)
    },
    guesses,
    snapshot: () => ({
      records: [...records.values()].map((record) => ({ ...record })),
      byUserCode: [...byUserCode].map(([code, record]) => [code, record.deviceCode]),
      guesses: guesses.snapshot(),
    }),
  }
}
