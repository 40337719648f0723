import { useEffect } from 'react'
import { useLocation } from 'react-router'

const SITE = 'OAuth Flow Lab'

/**
 * After a route change, the page says where the learner is: the document title names the page's
 * main heading, and the focus moves to that heading, so a screen reader reads it and the keyboard
 * starts from the top of the new page (WCAG 2.4.2, 2.4.3). Query and fragment changes within a page
 * (a step, a token link) are not route changes. The heading of a lazy page appears a moment later.
 */
export function useRouteFocus() {
  const { pathname } = useLocation()
  useEffect(() => {
    let frame = 0
    let tries = 0
    const settle = () => {
      const heading = document.querySelector<HTMLElement>('#main h1')
      if (!heading) {
        if (tries++ < 120) frame = requestAnimationFrame(settle)
        return
      }
      document.title = heading.textContent ? `${heading.textContent} · ${SITE}` : SITE
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      if (!document.activeElement || document.activeElement === document.body)
        heading.focus({ preventScroll: true })
    }
    settle()
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}
