import { useEffect, useState } from 'react'

/** The clock's reading, refreshed every `intervalMs`, so relative times ("in 4 min") stay true. */
export function useNow(clock: () => number, intervalMs: number): number {
  const [now, setNow] = useState(clock)
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs)
    return () => clearInterval(timer)
  }, [clock, intervalMs])
  return now
}
