import { describe, expect, it } from 'vitest'
import { readingTimeMs } from './use-autoplay'

describe('Play waits long enough to read the narration', () => {
  it('gives 200 words a minute plus two seconds to find the diagram, scaled by the speed', () => {
    const hundredWords = Array.from({ length: 100 }, () => 'word').join(' ')
    expect(readingTimeMs(hundredWords, 'normal')).toBe(32_000)
    expect(readingTimeMs(hundredWords, 'slow')).toBe(48_000)
    expect(readingTimeMs(hundredWords, 'fast')).toBe(16_000)
  })
})
