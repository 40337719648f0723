import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'oauth-flow-lab:scroll'
/** How long Back waits for a page whose code loads lazily to grow tall enough (frames). */
const RESTORE_FRAMES = 90
/** Entries remembered: every step change is a new (replaced) entry with a key of its own. */
const MAX_ENTRIES = 100
/** Quiet time after scrolling before the positions are written to storage (ms). */
const SAVE_AFTER_MS = 300

/** Where each history entry was scrolled to, by its key; kept for a reload in the tab. */
function savedPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>
  } catch {
    return {}
  }
}

function savePositions(positions: Record<string, number>) {
  for (const old of Object.keys(positions).slice(0, -MAX_ENTRIES)) delete positions[old]
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions))
  } catch {
    // Storage full or refused: Back then opens at the top, nothing worse.
  }
}

/**
 * Scroll as a multi-page site would: a link opens the new page at its top; Back, Forward and a
 * reload come back where the learner was, waiting a moment for a lazy page to be tall enough;
 * a change of the query within a page (a step, a switch) leaves the scroll alone. The browser's
 * own restoration is off: it runs before React has drawn the page it returns to.
 */
export function useScrollRestoration() {
  const { pathname, key } = useLocation()
  const navigationType = useNavigationType()
  // Read from storage once, as the hook first renders: placePage may need it before any effect.
  const positions = useRef<Record<string, number> | null>(null)
  positions.current ??= savedPositions()
  // The entry on screen. Set at the commit that draws it, so a scroll event that follows (the
  // browser clamping a long page's position to a short new one) counts for the new entry, never
  // for the one just left.
  const shown = useRef(key)
  useLayoutEffect(() => {
    shown.current = key
  }, [key])

  useEffect(() => {
    history.scrollRestoration = 'manual'
    const remembered = positions.current ?? {}
    let pending: ReturnType<typeof setTimeout> | undefined
    const persist = () => savePositions(remembered)
    const onScroll = () => {
      const entry = shown.current
      delete remembered[entry]
      remembered[entry] = Math.round(scrollY)
      // Written once the scrolling rests, and always as the page goes away (a reload, a new tab).
      clearTimeout(pending)
      pending = setTimeout(persist, SAVE_AFTER_MS)
    }
    addEventListener('scroll', onScroll, { passive: true })
    addEventListener('pagehide', persist)
    return () => {
      clearTimeout(pending)
      removeEventListener('scroll', onScroll)
      removeEventListener('pagehide', persist)
    }
  }, [])

  const placePage = useEffectEvent(() => {
    if (navigationType !== 'POP') {
      scrollTo(0, 0)
      return () => {}
    }
    // A first visit to an entry starts at the top anyway: no scrolling, which would lay out the
    // whole new page at once in the middle of its first render (a long task on a slow phone).
    const target = positions.current?.[key]
    if (target === undefined) return () => {}
    let frames = 0
    let frame = 0
    const stop = () => cancelAnimationFrame(frame)
    const attempt = () => {
      scrollTo(0, target)
      if (Math.abs(scrollY - target) > 1 && frames++ < RESTORE_FRAMES)
        frame = requestAnimationFrame(attempt)
    }
    attempt()
    // The learner's own scrolling wins over the wait.
    addEventListener('wheel', stop, { once: true, passive: true })
    addEventListener('touchstart', stop, { once: true, passive: true })
    addEventListener('keydown', stop, { once: true })
    return () => {
      stop()
      removeEventListener('wheel', stop)
      removeEventListener('touchstart', stop)
      removeEventListener('keydown', stop)
    }
  })
  useLayoutEffect(() => placePage(), [pathname])
}
