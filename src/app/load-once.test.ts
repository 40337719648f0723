import { describe, expect, it } from 'vitest'
import { loadOnce } from './load-once'

describe('loadOnce', () => {
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

  it('forgets a load that failed, so the next caller tries again', async () => {
    const get = loadOnce<string>()
    const failed = get('inspect', () => Promise.reject(new Error('offline')))
    await expect(failed).rejects.toThrow('offline')
    await expect(get('inspect', () => Promise.resolve('loaded'))).resolves.toBe('loaded')
  })
})
