import { useEffect } from 'react'

export interface PlayerKeyActions {
  next(): void
  previous(): void
  restart(): void
}

/** Elements where keys belong to the element: typing, choosing, editing. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type)
  return false
}

/** Elements that Space already activates; a second, global action would double it. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], input') !== null
}

/**
 * The player's keys: → and Space for the next step, ← for the previous one, Home to restart.
 * Not while the focus is in a text field (the learner is typing), not with modifier keys (the
 * browser's own shortcuts), and Space not on a button or link (it presses that instead).
 */
export function usePlayerKeys(actions: PlayerKeyActions) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (isTextEntry(event.target)) return
      const action =
        event.key === 'ArrowRight' || (event.key === ' ' && !isActivatable(event.target))
          ? actions.next
          : event.key === 'ArrowLeft'
            ? actions.previous
            : event.key === 'Home'
              ? actions.restart
              : undefined
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [actions])
}
