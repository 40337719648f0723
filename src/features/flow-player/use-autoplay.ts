import { useEffect, useState } from 'react'

/** Seconds between steps while playing: long enough to read a step's title and see its message move. */
export const AUTOPLAY_INTERVAL_MS = 3000

/**
 * Play / Pause: while playing, `advance` runs every interval. It stops by itself when `canAdvance`
 * turns false (the flow ended, or it is waiting on an error). Motion preferences do not stop it;
 * they only calm the diagram's animation.
 */
export function useAutoplay(advance: () => void, canAdvance: boolean) {
  const [playing, setPlaying] = useState(false)
  const active = playing && canAdvance
  useEffect(() => {
    if (!active) return
    const timer = setInterval(advance, AUTOPLAY_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [active, advance])
  return { playing: active, setPlaying }
}
