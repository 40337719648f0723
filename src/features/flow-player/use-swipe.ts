import { useEffect, type RefObject } from 'react'

/** A horizontal swipe longer than this (px), and clearly more horizontal than vertical, steps. */
const MIN_SWIPE = 60

/**
 * Swipe left for the next step and right for the previous one, on a touch screen, over the
 * element (the diagram and the narration): a swipe that is mostly vertical stays a scroll.
 */
export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  onNext: () => void,
  onPrevious: () => void,
) {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let start: { x: number; y: number } | undefined
    const down = (event: PointerEvent) => {
      if (event.pointerType === 'touch') start = { x: event.clientX, y: event.clientY }
    }
    const up = (event: PointerEvent) => {
      if (!start || event.pointerType !== 'touch') return
      const dx = event.clientX - start.x
      const dy = event.clientY - start.y
      start = undefined
      if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < 2 * Math.abs(dy)) return
      if (dx < 0) onNext()
      else onPrevious()
    }
    const cancel = () => (start = undefined)
    element.addEventListener('pointerdown', down)
    element.addEventListener('pointerup', up)
    element.addEventListener('pointercancel', cancel)
    return () => {
      element.removeEventListener('pointerdown', down)
      element.removeEventListener('pointerup', up)
      element.removeEventListener('pointercancel', cancel)
    }
  }, [ref, onNext, onPrevious])
}
