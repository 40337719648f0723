import { describe, expect, it } from 'vitest'
import { describeTimeClaim, formatDuration, formatNumericDate } from './time'

const NOW = Date.UTC(2025, 2, 1, 9, 30, 0)
const nowS = NOW / 1000

describe('time claims against the lab clock', () => {
  it('formats a NumericDate as a UTC date', () => {
    expect(formatNumericDate(1300819380)).toBe('2011-03-22 18:43:00 UTC')
    expect(formatNumericDate(Number.MAX_VALUE)).toBe('not a valid date')
  })

  it.each([
    [0, '0 s'],
    [12, '12 s'],
    [252, '4 min 12 s'],
    [180, '3 min'],
    [3600 * 2 + 5 * 60 + 9, '2 h 5 min'],
    [86400 * 3 + 3600 * 4 + 1, '3 d 4 h'],
    [86400 + 30, '1 d'],
    [-252, '4 min 12 s'],
    [86400 * 364, '364 d'],
    [86400 * 5729 + 3600 * 23, '5729 d 23 h (about 15.7 years)'],
  ])('formats %i s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })

  it('says how long a token has left, or how long ago it expired', () => {
    expect(describeTimeClaim('exp', nowS + 252, NOW)).toEqual({
      text: 'expires in 4 min 12 s',
      state: 'ok',
    })
    expect(describeTimeClaim('exp', nowS - 180, NOW)).toEqual({
      text: 'expired 3 min ago',
      state: 'bad',
    })
    expect(describeTimeClaim('exp', nowS, NOW + 999)).toEqual({
      text: 'expired just now',
      state: 'bad',
    })
    expect(describeTimeClaim('nbf', nowS + 30, NOW)).toEqual({
      text: 'not valid for another 30 s',
      state: 'bad',
    })
    expect(describeTimeClaim('nbf', nowS - 30, NOW)).toEqual({
      text: 'valid since 30 s ago',
      state: 'ok',
    })
    expect(describeTimeClaim('iat', nowS - 61, NOW)).toEqual({
      text: 'issued 1 min 1 s ago',
      state: 'neutral',
    })
    expect(describeTimeClaim('iat', nowS + 5, NOW).state).toBe('bad')
  })
})
