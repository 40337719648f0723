import { useEffect } from 'react'
import { useLocation } from 'react-router'

const SITE = 'OAuth Flow Lab'
/** How long a page may take to replace its loading heading by its own (frames, about 4 s). */
const WATCH_FRAMES = 240

/**
 * After a route change, the page says where the learner is: the document title names the page's
 * main heading, and the focus moves to that heading, so a screen reader reads it and the keyboard
 * starts from the top of the new page (WCAG 2.4.2, 2.4.3). Query and fragment changes within a page
 * (a step, a token link) are not route changes. The heading of a lazy page appears a moment later,
 * and a page that shows a loading heading first (the player while the lab loads) replaces it: the
 * focus follows to the new heading instead of falling to <body>, where the player's keys and a
 * screen reader would lose their place.
 */
export function useRouteFocus() {
  const { pathname } = useLocation()
  useEffect(() => {
    let frame = 0
    let frames = 0
    let focused: HTMLElement | undefined
    // What had the focus when the route changed: the link that was followed, when it stays on the
    // page (the site header's). The heading takes the focus from it, as from <body>.
    const atNavigation = document.activeElement
    const watch = () => {
      const heading = document.querySelector<HTMLElement>('#main h1')
      if (heading && heading !== focused) {
        document.title = heading.textContent ? `${heading.textContent} · ${SITE}` : SITE
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
        const active = document.activeElement
        const lost = !active || active === document.body || active === atNavigation
        // The first heading takes the focus; a later one only when the focus went with the one
        // it replaced (never away from something the learner chose meanwhile). The heading may
        // have it already: the last page's watch, still running, gave it before this effect ran.
        if (heading === document.activeElement) focused = heading
        else if (lost && (focused === undefined || !focused.isConnected)) {
          heading.focus({ preventScroll: true })
          focused = heading
        } else if (focused === undefined) return
      }
      if (frames++ < WATCH_FRAMES) frame = requestAnimationFrame(watch)
    }
    watch()
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}
