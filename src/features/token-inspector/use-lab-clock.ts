import { useCallback, useState } from 'react'
import type { Lab } from '../../wire/lab'

/**
 * The lab clock's reading and a way to move it on. The lab clock stands still unless something
 * moves it (a flow's wait, a skip ahead), so the reading changes only through `advance` here, or
 * `refresh` after something else may have moved it.
 */
export function useLabClock(clock: Lab['clock']): {
  nowMs: number
  offsetSeconds: number
  advance: (seconds: number) => void
  refresh: () => void
} {
  const [nowMs, setNowMs] = useState(() => clock.now())
  const advance = useCallback(
    (seconds: number) => {
      clock.advance(seconds)
      setNowMs(clock.now())
    },
    [clock],
  )
  const refresh = useCallback(() => setNowMs(clock.now()), [clock])
  return { nowMs, offsetSeconds: clock.offsetSeconds(), advance, refresh }
}
