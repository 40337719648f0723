import { createAttemptLimiter, type AttemptLimiter } from '../store/attempt-limiter.ts'

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
  readonly records: Map<string, DeviceAuthorizationRecord>
  byUserCode(userCode: string): DeviceAuthorizationRecord | undefined
  byVerificationId(id: string): DeviceAuthorizationRecord | undefined
  /** Wrong user codes entered at /device, under the key `user_code` (RFC 8628 §5.1). */
  readonly guesses: AttemptLimiter
}

/** At most 5 wrong user codes a minute: at 20^8 codes, guessing a live one becomes hopeless. */
export const USER_CODE_GUESSES = { maxFailures: 5, windowSeconds: 60 } as const

export function createDeviceStore(): DeviceStore {
  const records = new Map<string, DeviceAuthorizationRecord>()
  return {
    records,
    byUserCode: (userCode) => [...records.values()].find((record) => record.userCode === userCode),
    byVerificationId: (id) => [...records.values()].find((record) => record.verificationId === id),
    guesses: createAttemptLimiter(USER_CODE_GUESSES),
  }
}
