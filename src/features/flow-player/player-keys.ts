/** What a key does in the player. */
export type PlayerKeyAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'restart'
  | 'blank'
  | 'help'
  | 'speaker'
  | 'present'
  | 'sequence'

/** The key, and what the page knows about where it was pressed. */
export interface PlayerKeyPress {
  key: string
  /** Alt, Ctrl or Meta held: the browser's own shortcuts. (Shift makes "?", so it does not count.) */
  modified: boolean
  /** The focus is in a field where keys belong to the field (typing, choosing). */
  inTextEntry: boolean
  /** The focus is on something Space already presses (a button, a link). */
  onActivatable: boolean
  /** The focus is on the player's own controls or its step title, not on the page at large. */
  inPlayer: boolean
  /** The presenter layout is on: nothing scrolls, every key belongs to the player. */
  presenting: boolean
}

/**
 * reveal.js conventions, which presentation clickers follow: → ↓ Space PageDown N next, ← ↑ PageUp
 * P previous, Home first, End last, B or . blank, ? help, S speaker view, F present; R restarts
 * (the Restart button asks first), O switches to the sequence view.
 */
const KEYS: Record<string, PlayerKeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  p: 'previous',
  Home: 'first',
  End: 'last',
  r: 'restart',
  b: 'blank',
  '.': 'blank',
  '?': 'help',
  s: 'speaker',
  f: 'present',
  o: 'sequence',
}

/** Keys that scroll a page: outside the presenter layout they step only from the player's own controls. */
const SCROLLING = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End'])

/** The player action for a key press, or undefined when the key belongs to someone else. */
export function playerKeyAction(press: PlayerKeyPress): PlayerKeyAction | undefined {
  if (press.modified || press.inTextEntry) return undefined
  if (press.key === ' ' && press.onActivatable) return undefined
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  if (!press.presenting && SCROLLING.has(key) && !press.inPlayer) return undefined
  return KEYS[key === '?' ? '?' : key]
}

/** The keys, as the help shows them (and the key hint, in short). */
export const KEY_HELP = [
  { keys: ['→', '↓', 'Space', 'PageDown', 'N'], does: 'next step' },
  { keys: ['←', '↑', 'PageUp', 'P'], does: 'previous step' },
  { keys: ['Home', 'End'], does: 'first / last step run so far' },
  { keys: ['F'], does: 'present (full screen); Esc leaves' },
  { keys: ['S'], does: 'speaker view in a second window' },
  { keys: ['B', '.'], does: 'blank the screen, and back' },
  { keys: ['O'], does: 'diagram or sequence view' },
  { keys: ['R'], does: 'restart with a fresh run' },
  { keys: ['?'], does: 'these keys' },
] as const

/** The short line under the controls. */
export const KEY_HINT = [
  { keys: ['→', 'PageDown'], does: 'next' },
  { keys: ['←', 'PageUp'], does: 'back' },
  { keys: ['F'], does: 'present' },
  { keys: ['?'], does: 'all keys' },
] as const
