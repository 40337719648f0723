import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadOnce } from './load-once'

describe('loadOnce', () => {
  afterEach(() => vi.useRealTimers())

  it('gives every caller of a key the same promise, and loads it once', async () => {
    const get = loadOnce<number>()
    let loads = 0
    const load = () => Promise.resolve(++loads)
    const first = get('implicit', load)
    expect(get('implicit', load)).toBe(first)
    expect(await first).toBe(1)
    expect(await get('implicit', load)).toBe(1)
    expect(await get('password', load)).toBe(2)
  })

  it('keeps a failed load while React renders with it, then forgets it so a later visit retries', async () => {
    vi.useFakeTimers()
    const get = loadOnce<string>()
    const failed = get('implicit', () => Promise.reject(new Error('offline')))
    await expect(failed).rejects.toThrow('offline')
    // The render right after the rejection gets the same promise: it shows the error.
    expect(get('implicit', () => Promise.resolve('loaded'))).toBe(failed)
    await vi.advanceTimersByTimeAsync(1000)
    await expect(get('implicit', () => Promise.resolve('loaded'))).resolves.toBe('loaded')
  })
})
