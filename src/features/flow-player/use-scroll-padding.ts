import { useLayoutEffect, type RefObject } from 'react'

/**
 * Keeps a focused control clear of a bar that sticks to the top or bottom of the window (the
 * player's header on a desktop, its control bar on a phone): the page's scroll padding on that
 * side follows the bar's height while the bar sticks, so the browser scrolls a focused element
 * out from under it (WCAG 2.4.11).
 */
export function useScrollPadding(ref: RefObject<HTMLElement | null>, side: 'top' | 'bottom') {
  useLayoutEffect(() => {
    const bar = ref.current
    if (!bar || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement.style
    const property = side === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'
    const update = () => {
      const position = getComputedStyle(bar).position
      const sticks = position === 'sticky' || position === 'fixed'
      root[property] = sticks ? `${Math.ceil(bar.getBoundingClientRect().height) + 8}px` : ''
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(bar)
    window.addEventListener('resize', update)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
      root[property] = ''
    }
  }, [ref, side])
}
