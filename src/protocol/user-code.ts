import type { RandomBytes } from './random.ts'

/**
 * User codes for the device authorization grant (RFC 8628 §6.1): 8 characters from the 20
 * consonants BCDFGHJKLMNPQRSTVWXZ, shown as two groups of four (`WDJB-MJHT`). No vowels (no
 * words), no digits and no look-alikes such as 0/O or 1/I. 20^8 codes give about 34.5 bits
 * (§5.1), enough with a short lifetime and rate-limited guessing.
 */
export const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ'
export const USER_CODE_LENGTH = 8

/** The largest multiple of 20 below 256: bytes at or above it are discarded, so no letter is favoured. */
const UNBIASED_LIMIT = 256 - (256 % USER_CODE_ALPHABET.length)

/** A fresh user code in display form, e.g. `WDJB-MJHT`, drawn uniformly by rejection sampling. */
export function generateUserCode(random: RandomBytes): string {
  let letters = ''
  while (letters.length < USER_CODE_LENGTH) {
    for (const byte of random(USER_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue
      letters += USER_CODE_ALPHABET[byte % USER_CODE_ALPHABET.length]
      if (letters.length === USER_CODE_LENGTH) break
    }
  }
  return formatUserCode(letters)
}

/** `WDJBMJHT` -> `WDJB-MJHT`. */
export function formatUserCode(letters: string): string {
  return `${letters.slice(0, 4)}-${letters.slice(4)}`
}

/**
 * What the user typed, made comparable (RFC 8628 §6.1: case-insensitive, punctuation and spaces
 * ignored): `wdjb mjht` -> `WDJBMJHT`. Undefined when what is left is not 8 letters of the
 * alphabet, so a typo can be reported as such rather than as an unknown code.
 */
export function normalizeUserCode(input: string): string | undefined {
  const letters = input.toUpperCase().replace(/[\s\-_.]/g, '')
  if (letters.length !== USER_CODE_LENGTH) return undefined
  return [...letters].every((letter) => USER_CODE_ALPHABET.includes(letter)) ? letters : undefined
}
