import { useEffect, useState } from 'react'

/** How long Play waits on a step: long enough to read its narration, at the chosen speed. */
export const PLAY_SPEEDS = {
  slow: { label: 'Slow', factor: 1.5 },
  normal: { label: 'Reading speed', factor: 1 },
  fast: { label: 'Fast', factor: 0.5 },
} as const
export type PlaySpeed = keyof typeof PLAY_SPEEDS

/** About 200 words a minute, read aloud in a room, plus two seconds to find the diagram. */
export function readingTimeMs(text: string, speed: PlaySpeed): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.round((2000 + words * 300) * PLAY_SPEEDS[speed].factor)
}

/**
 * Play / Pause: while playing, `advance` runs after each step's reading time. It stops by itself
 * when `canAdvance` turns false (the flow ended, or it is waiting on an error). Motion preferences
 * do not stop it; they only calm the diagram's animation.
 */
export function useAutoplay(
  advance: () => void,
  canAdvance: boolean,
  step: { key: number; delayMs: number },
) {
  const [playing, setPlaying] = useState(false)
  const active = playing && canAdvance
  const { key, delayMs } = step
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(advance, delayMs)
    return () => clearTimeout(timer)
  }, [active, advance, key, delayMs])
  return { playing: active, setPlaying }
}
