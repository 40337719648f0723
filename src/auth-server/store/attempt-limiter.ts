import { readArray, readNumber, readString } from '../../protocol/snapshot-data.ts'

/** The failures on record, per key: the times (seconds) that still count. */
export type AttemptLimiterSnapshot = [key: string, times: number[]][]

/**
 * Counts failed attempts per key in a sliding window, so guessing can be slowed down: user codes
 * at /device (RFC 8628 §5.1) and passwords (RFC 6749 §4.3.2, §10.10: the server "MUST protect
 * the endpoint against brute force attacks"). Times in seconds, from the server clock. It keeps
 * at most `maxFailures` times per key, and forgets keys whose window has passed, so a flood of
 * guesses or of made-up usernames cannot make it grow without bound.
 */
export interface AttemptLimiter {
  /** Records one failed attempt for `key` at `now`. */
  fail(key: string, now: number): void
  /** Seconds until `key` may try again, or 0 when it is not blocked. */
  retryAfter(key: string, now: number): number
  /** Forgets the failures of `key` (after a success). */
  reset(key: string): void
  /** Forgets every key with no failure inside the window ending at `now`. */
  forgetOld(now: number): void
  /** How many keys have failures on record. */
  size(): number
  snapshot(): AttemptLimiterSnapshot
}

function readFailures(saved: unknown): Map<string, number[]> {
  return new Map(
    readArray(saved, 'the failed attempts').map((entry, i) => {
      const [key, times] = readArray(entry, `failed attempts ${i}`)
      return [
        readString(key, `failed attempts ${i}'s key`),
        readArray(times, `failed attempts ${i}'s times`).map((at) => readNumber(at, 'a time')),
      ]
    }),
  )
}

/** `saved` (a snapshot) brings back the failures an earlier limiter had on record. */
export function createAttemptLimiter(
  options: {
    maxFailures: number
    windowSeconds: number
  },
  saved?: unknown,
): AttemptLimiter {
  const failures = saved === undefined ? new Map<string, number[]>() : readFailures(saved)
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((at) => at > now - options.windowSeconds)
  return {
    fail(key, now) {
      // Only the last maxFailures times decide whether a key is blocked.
      failures.set(key, [...recent(key, now), now].slice(-options.maxFailures))
    },
    retryAfter(key, now) {
      const times = recent(key, now)
      if (times.length === 0) failures.delete(key)
      else failures.set(key, times)
      if (times.length < options.maxFailures) return 0
      const oldestThatCounts = times[times.length - options.maxFailures] ?? now
      return Math.max(1, oldestThatCounts + options.windowSeconds - now)
    },
    reset(key) {
      failures.delete(key)
    },
    forgetOld(now) {
      for (const [key, times] of failures)
        if ((times[times.length - 1] ?? now) <= now - options.windowSeconds) failures.delete(key)
    },
    size: () => failures.size,
    snapshot: () => [...failures].map(([key, times]) => [key, [...times]]),
  }
}
