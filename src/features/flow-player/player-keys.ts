/** What a key does in the player. */
export type PlayerKeyAction = 'next' | 'previous' | 'restart'

/** The key, and what the page knows about where it was pressed. */
export interface PlayerKeyPress {
  key: string
  /** Alt, Ctrl, Meta or Shift held: the browser's own shortcuts. */
  modified: boolean
  /** The focus is in a field where keys belong to the field (typing, choosing). */
  inTextEntry: boolean
  /** The focus is on something Space already presses (a button, a link). */
  onActivatable: boolean
}

/**
 * Keyboards: → and Space next, ← previous, Home restart. Presentation clickers send PageDown and
 * PageUp (some send the arrows), so those step too. "." and "b", which some clickers send for a
 * blank screen, are left alone.
 */
const KEYS: Record<string, PlayerKeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'restart',
}

/** The player action for a key press, or undefined when the key belongs to someone else. */
export function playerKeyAction(press: PlayerKeyPress): PlayerKeyAction | undefined {
  if (press.modified || press.inTextEntry) return undefined
  if (press.key === ' ' && press.onActivatable) return undefined
  return KEYS[press.key]
}

/** The keys, as the page shows them to the learner (and to an instructor's clicker). */
export const KEY_HINT = [
  { keys: ['→', 'Space', 'PageDown'], does: 'next' },
  { keys: ['←', 'PageUp'], does: 'back' },
  { keys: ['Home'], does: 'restart' },
] as const
