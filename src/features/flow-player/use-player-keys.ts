import { useEffect } from 'react'
import { playerKeyAction } from './player-keys'

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
  if (target instanceof HTMLInputElement)
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type)
  return false
}

/** Elements that Space already activates; a second, global action would double it. */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"], input') !== null
  )
}

/**
 * The player's keys (see playerKeyAction): → Space PageDown next, ← PageUp previous, Home restart.
 * Not while the focus is in a text field (the learner is typing), not with modifier keys (the
 * browser's own shortcuts), and Space not on a button or link (it presses that instead).
 */
export function usePlayerKeys(actions: PlayerKeyActions) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return
      const action = playerKeyAction({
        key: event.key,
        modified: event.altKey || event.ctrlKey || event.metaKey || event.shiftKey,
        inTextEntry: isTextEntry(event.target),
        onActivatable: isActivatable(event.target),
      })
      if (!action) return
      event.preventDefault()
      actions[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [actions])
}
