import { useEffect, useRef } from 'react'
import { playerKeyAction, type PlayerKeyAction } from './player-keys'

export type PlayerKeyActions = Record<PlayerKeyAction, () => void>

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
    target.closest('button, a[href], summary, [role="button"], [role="switch"], input') !== null
  )
}

/** The player's own controls and its step title (marked data-player-keys), where every key is the player's. */
function isInPlayer(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[data-player-keys]') !== null
}

/**
 * The player's keys (see playerKeyAction). Not while the focus is in a text field (the learner is
 * typing), not with Alt, Ctrl or Meta (the browser's shortcuts), Space not on a button or link (it
 * presses that instead), and the keys that scroll not while the page has the focus, except when
 * presenting.
 */
export function usePlayerKeys(actions: PlayerKeyActions, presenting: boolean) {
  const latest = useRef({ actions, presenting })
  useEffect(() => {
    latest.current = { actions, presenting }
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return
      const action = playerKeyAction({
        key: event.key,
        modified: event.altKey || event.ctrlKey || event.metaKey,
        inTextEntry: isTextEntry(event.target),
        onActivatable: isActivatable(event.target),
        inPlayer: isInPlayer(event.target),
        presenting: latest.current.presenting,
      })
      if (!action) return
      event.preventDefault()
      latest.current.actions[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
