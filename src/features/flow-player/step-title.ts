/** The step's title, where the player's keys always belong (data-player-keys) and focus returns. */
function stepTitle(): HTMLElement | null {
  return document.getElementById('step-title')
}

/** Returns focus to the step's title: after a window's form is sent, or an overlay closes. */
export function focusStepTitle() {
  stepTitle()?.focus({ preventScroll: true })
}

/**
 * Offers a key pressed elsewhere (inside a window's frame, whose key events never reach the page)
 * to the player, as if pressed on the step's title. True when the player took it.
 */
export function offerKeyToPlayer(event: KeyboardEvent): boolean {
  const title = stepTitle()
  if (!title || event.repeat) return false
  const copy = new KeyboardEvent('keydown', {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    bubbles: true,
    cancelable: true,
  })
  // dispatchEvent is false when a listener (the player's keys) called preventDefault: it acted.
  return !title.dispatchEvent(copy)
}
