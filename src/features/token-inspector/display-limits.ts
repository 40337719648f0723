import { formatCount } from '../../protocol/jwt/token-limits'

/**
 * How much of a decoded token the inspector puts on screen. Decoding is bounded by TOKEN_LIMITS;
 * these bound the DOM, so even a token at those limits renders in a frame or two. Whatever is
 * not shown is counted on screen.
 */
export const DISPLAY_LIMITS = {
  /**
   * Characters the token box holds. Past this a paste is kept aside, not put in the box: a browser
   * spends hundreds of milliseconds inserting and laying out a megabyte of text in a textarea.
   */
  boxChars: 65_536,
  /** Characters of each segment in the coloured raw token. */
  rawSegmentChars: 2_000,
  /** Problems (or notes) listed from decoding. */
  messages: 20,
  /** Members of a header or payload listed with their explanation. */
  members: 100,
  /** Characters of one member's JSON value. */
  valueChars: 1_000,
  /** Bytes of the signature shown in hex. */
  signatureBytes: 512,
} as const

/** The first `max` characters of `text`, and how many were left out. */
export function clip(text: string, max: number): { shown: string; hidden: number } {
  return text.length <= max
    ? { shown: text, hidden: 0 }
    : { shown: text.slice(0, max), hidden: text.length - max }
}

/** The first `max` items, and how many were left out. */
export function firstOf<T>(
  items: readonly T[],
  max: number,
): { shown: readonly T[]; hidden: number } {
  return { shown: items.slice(0, max), hidden: Math.max(0, items.length - max) }
}

/** "1,234" */
export const count = formatCount
