/**
 * Counts failed attempts per key in a sliding window, so guessing can be slowed down: user codes
 * at /device (RFC 8628 §5.1) and passwords at the password grant (RFC 6749 §4.3.2, "MUST protect
 * the endpoint against brute force attacks"). Times in seconds, from the server clock.
 */
export interface AttemptLimiter {
  /** Records one failed attempt for `key` at `now`. */
  fail(key: string, now: number): void
  /** Seconds until `key` may try again, or 0 when it is not blocked. */
  retryAfter(key: string, now: number): number
  /** Forgets the failures of `key` (after a success). */
  reset(key: string): void
}

export function createAttemptLimiter(options: {
  maxFailures: number
  windowSeconds: number
}): AttemptLimiter {
  const failures = new Map<string, number[]>()
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((at) => at > now - options.windowSeconds)
  return {
    fail(key, now) {
      failures.set(key, [...recent(key, now), now])
    },
    retryAfter(key, now) {
      const times = recent(key, now)
      failures.set(key, times)
      if (times.length < options.maxFailures) return 0
      const oldestThatCounts = times[times.length - options.maxFailures] ?? now
      return Math.max(1, oldestThatCounts + options.windowSeconds - now)
    },
    reset(key) {
      failures.delete(key)
    },
  }
}
