import { describe, expect, it } from 'vitest'
import { createAttemptLimiter } from './attempt-limiter.ts'

describe('the attempt limiter', () => {
  it('blocks after maxFailures in the window, however many failures came in it', () => {
    const limiter = createAttemptLimiter({ maxFailures: 3, windowSeconds: 60 })
    for (let i = 0; i < 10_000; i++) limiter.fail('alice', 1000)
    expect(limiter.retryAfter('alice', 1000)).toBe(60)
    expect(limiter.retryAfter('alice', 1059)).toBe(1)
    expect(limiter.retryAfter('alice', 1060)).toBe(0)
  })

  it('forgets keys whose window has passed, so made-up names do not pile up', () => {
    const limiter = createAttemptLimiter({ maxFailures: 3, windowSeconds: 60 })
    for (let i = 0; i < 500; i++) limiter.fail(`user-${i}`, 1000 + (i % 2))
    expect(limiter.size()).toBe(500)
    limiter.forgetOld(1060)
    expect(limiter.size()).toBe(250)
    limiter.forgetOld(1061)
    expect(limiter.size()).toBe(0)
  })

  it('still blocks after a restore from its snapshot, and forgets on the same schedule', () => {
    const limiter = createAttemptLimiter({ maxFailures: 3, windowSeconds: 60 })
    for (const at of [1000, 1010, 1020]) limiter.fail('alice', at)
    limiter.fail('bob', 1030)
    const saved: unknown = JSON.parse(JSON.stringify(limiter.snapshot()))
    const restored = createAttemptLimiter({ maxFailures: 3, windowSeconds: 60 }, saved)
    expect(restored.snapshot()).toEqual(limiter.snapshot())
    expect(restored.retryAfter('alice', 1030)).toBe(30)
    restored.forgetOld(1081)
    expect(restored.size()).toBe(1)
    expect(() =>
      createAttemptLimiter({ maxFailures: 3, windowSeconds: 60 }, [['x', ['1']]]),
    ).toThrow(/should be a number/)
  })
})
