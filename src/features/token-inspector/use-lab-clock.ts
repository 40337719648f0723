import { useCallback, useEffect, useState } from 'react'
import type { Lab } from '../../wire/lab'

/**
 * The lab clock's reading, refreshed every second while the tab is visible (relative times such
 * as "expires in 4 min 12 s" count live), and a way to advance it.
 */
export function useLabClock(clock: Lab['clock']): {
  nowMs: number
  offsetSeconds: number
  advance: (seconds: number) => void
  refresh: () => void
} {
  const [nowMs, setNowMs] = useState(() => clock.now())
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    const tick = () => setNowMs(clock.now())
    const start = () => {
      timer ??= setInterval(tick, 1000)
    }
    const stop = () => {
      clearInterval(timer)
      timer = undefined
    }
    const onVisibility = () => {
      if (document.hidden) stop()
      else {
        tick()
        start()
      }
    }
    if (!document.hidden) start()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      stop()
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [clock])
  const advance = useCallback(
    (seconds: number) => {
      clock.advance(seconds)
      setNowMs(clock.now())
    },
    [clock],
  )
  // After the lab issues a token, read the clock at once: a reading up to a second old would show the new iat "in the future".
  const refresh = useCallback(() => setNowMs(clock.now()), [clock])
  return { nowMs, offsetSeconds: clock.offsetSeconds(), advance, refresh }
}
