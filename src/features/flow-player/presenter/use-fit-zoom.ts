import { useLayoutEffect, useRef, useState } from 'react'

/**
 * A CSS zoom that fits an element's content into its box, between `min` and `max`: the server page
 * in the presenter layout grows on a big screen and shrinks on a small one, so nothing is cut off.
 */
export function useFitZoom(min = 0.5, max = 1.3) {
  const box = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)
  useLayoutEffect(() => {
    const outer = box.current
    const inner = content.current
    if (!outer || !inner || typeof ResizeObserver === 'undefined') return
    const fit = () => {
      const current = Number(inner.style.zoom || 1)
      const natural = inner.getBoundingClientRect().height / current
      if (natural <= 0) return
      const next = Math.min(max, Math.max(min, outer.clientHeight / natural))
      if (Math.abs(next - current) > 0.01) setZoom(Math.round(next * 100) / 100)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(outer)
    observer.observe(inner)
    return () => observer.disconnect()
  }, [min, max])
  return { box, content, zoom }
}
