/**
 * The server's clock: the injected `now` plus an offset the app can push forward, so that a
 * learner can fast-forward and watch a code, token or device code expire. Every lifetime the
 * server checks reads this clock.
 */
export interface ServerClock {
  /** Current time in milliseconds (injected now + offset). */
  now(): number
  /** Current time in whole seconds, the unit of JWT NumericDate (RFC 7519 §2). */
  nowSeconds(): number
  /** Moves the clock forward by `seconds` (negative values are refused). */
  advance(seconds: number): void
  /** Seconds the clock has been advanced in total. */
  offsetSeconds(): number
}

/** A clock over `now`, already advanced by `offsetSeconds` (a restored server's). */
export function createServerClock(now: () => number, offsetSeconds = 0): ServerClock {
  let offsetMs = offsetSeconds * 1000
  const clock: ServerClock = {
    now: () => now() + offsetMs,
    nowSeconds: () => Math.floor(clock.now() / 1000),
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError(
          'clock.advance(seconds) takes a finite, non-negative number of seconds',
        )
      }
      offsetMs += seconds * 1000
    },
    offsetSeconds: () => offsetMs / 1000,
  }
  return clock
}
