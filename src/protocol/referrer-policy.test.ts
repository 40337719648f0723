import { describe, expect, it } from 'vitest'
import { parseReferrerPolicy, referrerFor } from './referrer-policy'

const PAGE = 'https://user:pw@spa.printshop.example/gallery/mallory?code=C&state=S#frag'
const FULL = 'https://spa.printshop.example/gallery/mallory?code=C&state=S'
const ORIGIN = 'https://spa.printshop.example/'
const OTHER = 'https://mallory.example/prints/sunset.svg'
const SAME = 'https://spa.printshop.example/prints/a.svg'
const PLAIN = 'http://mallory.example/a.svg'

describe('the Referer a page sends (W3C Referrer Policy §8.3)', () => {
  it.each([
    ['no-referrer', undefined, undefined, undefined],
    ['unsafe-url', FULL, FULL, FULL],
    ['origin', ORIGIN, ORIGIN, ORIGIN],
    ['no-referrer-when-downgrade', FULL, FULL, undefined],
    ['same-origin', FULL, undefined, undefined],
    ['origin-when-cross-origin', FULL, ORIGIN, ORIGIN],
    ['strict-origin', ORIGIN, ORIGIN, undefined],
    ['strict-origin-when-cross-origin', FULL, ORIGIN, undefined],
  ] as const)('%s: same origin, cross origin, downgrade', (policy, same, cross, downgrade) => {
    expect(referrerFor(PAGE, SAME, policy)).toBe(same)
    expect(referrerFor(PAGE, OTHER, policy)).toBe(cross)
    expect(referrerFor(PAGE, PLAIN, policy)).toBe(downgrade)
  })

  it('never sends the fragment, nor the credentials of the URL', () => {
    expect(referrerFor(PAGE, OTHER, 'unsafe-url')).not.toContain('#')
    expect(referrerFor(PAGE, OTHER, 'unsafe-url')).not.toContain('user')
  })

  it('reads the last policy a header names that it understands', () => {
    expect(parseReferrerPolicy('no-referrer, unsafe-url')).toBe('unsafe-url')
    expect(parseReferrerPolicy('unsafe-url, made-up')).toBe('unsafe-url')
    expect(parseReferrerPolicy(' Origin ')).toBe('origin')
    expect(parseReferrerPolicy('made-up')).toBeUndefined()
    expect(parseReferrerPolicy(null)).toBeUndefined()
  })
})
