import { focusStepTitle, offerKeyToPlayer } from '../step-title'

/** Where a key or a click belongs to the page in the frame: its fields, buttons and links. */
const PAGE_CONTROLS = 'input, textarea, select, button, a[href], label'

/** Keys a presentation clicker sends; they mean nothing to a form field, so they are always the player's. */
const CLICKER_KEYS = new Set(['PageDown', 'PageUp'])

/**
 * A click inside a window's frame moves the focus into it, and key events in a frame stay in the
 * frame's document: the player's keys, and a clicker, would stop working (issue 10). So a key
 * pressed in the frame outside its controls (or a clicker's key anywhere in it) is offered to the
 * player, and a click on the page's text hands the focus back to the step's title.
 */
export function passPlayerKeysOut(doc: Document) {
  doc.addEventListener('keydown', (event) => {
    const onControl = (event.target as Element).closest?.(PAGE_CONTROLS) != null
    if (onControl && !CLICKER_KEYS.has(event.key)) return
    if (!offerKeyToPlayer(event)) return
    event.preventDefault()
    focusStepTitle()
  })
  doc.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.(PAGE_CONTROLS) == null) focusStepTitle()
  })
}
