import { describe, expect, it } from 'vitest'
import {
  formatUserCode,
  generateUserCode,
  normalizeUserCode,
  USER_CODE_ALPHABET,
} from './user-code.ts'

describe('user codes (RFC 8628 §6.1)', () => {
  it('maps random bytes onto the 20 consonants, four and four', () => {
    const bytes = [0, 1, 2, 3, 19, 20, 39, 239]
    expect(generateUserCode(() => Uint8Array.from(bytes))).toBe('BCDF-ZBZZ')
  })

  it('discards bytes 240-255 so that every letter is equally likely', () => {
    let call = 0
    const random = (n: number) =>
      Uint8Array.from({ length: n }, (_, i) => (call++ === 0 && i < 4 ? 250 : 5))
    expect(generateUserCode(random)).toBe('HHHH-HHHH')
  })

  it('draws only from the alphabet and looks like WDJB-MJHT', () => {
    for (let i = 0; i < 50; i++) {
      const code = generateUserCode((n) => crypto.getRandomValues(new Uint8Array(n)))
      expect(code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/)
    }
    expect(USER_CODE_ALPHABET).toHaveLength(20)
    expect(USER_CODE_ALPHABET).not.toMatch(/[AEIOUY0-9]/)
  })

  it('accepts what a user types: any case, with or without the dash or spaces', () => {
    expect(normalizeUserCode('WDJB-MJHT')).toBe('WDJBMJHT')
    expect(normalizeUserCode('wdjb mjht')).toBe('WDJBMJHT')
    expect(normalizeUserCode(' wdjbmjht ')).toBe('WDJBMJHT')
    expect(formatUserCode('WDJBMJHT')).toBe('WDJB-MJHT')
  })

  it('rejects codes of the wrong length or with letters outside the alphabet', () => {
    expect(normalizeUserCode('WDJB-MJH')).toBeUndefined()
    expect(normalizeUserCode('WDJB-MJHA')).toBeUndefined()
    expect(normalizeUserCode('WDJB-0JHT')).toBeUndefined()
    expect(normalizeUserCode('')).toBeUndefined()
  })
})
