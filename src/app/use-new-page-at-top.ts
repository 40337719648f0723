import { useEffectEvent, useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router'

/**
 * A link to another page opens it at its top, as a full page load would. Back and forward leave
 * the scroll to the browser, which restores it; so do changes of the query within a page (a step,
 * a switch, a comparison's pair), which must not jump the learner back to the top.
 */
export function useNewPageAtTop() {
  const { pathname } = useLocation()
  const navigationType = useNavigationType()
  const startAtTop = useEffectEvent(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0)
  })
  useLayoutEffect(() => startAtTop(), [pathname])
}
