/**
 * How much of a pasted token the inspector processes. Real tokens are a few kB, and servers
 * commonly refuse a request whose header section passes 8 to 16 kB (RFC 9110 §5.4 lets them set
 * such a limit); a paste far past that is a mistake or an attack on the page, and decoding it all
 * would freeze the page. What is left out is counted and said, never dropped silently.
 */
export const TOKEN_LIMITS = {
  /** Characters of one segment that are decoded (64 KiB: four times a generous header limit). */
  segmentChars: 65_536,
  /** Characters of an opaque token (no dots) that are examined. */
  opaqueChars: 65_536,
  /** Segments decoded and shown: a JWE has five; one more shows that there are too many. */
  segments: 6,
} as const

/**
 * 1000000 → "1,000,000", for messages about sizes. By hand: the first toLocaleString call in a
 * page loads the locale's number data, which cost 40 ms of a 100 ms budget.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1 segment", "2 segments". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`
}
