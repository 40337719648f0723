/**
 * What people paste around a token: an `Authorization: Bearer …` header line (RFC 6750 §2.1),
 * quotes from a JSON or shell string, and line breaks from a wrapped terminal. Each is taken off
 * with a note or an error that says so, and what is left is the token.
 */
import { formatCount } from './token-limits'

const HEADER_LINE = /^authorization\s*:\s*/i
const BEARER = /^bearer\s+/i
const QUOTED = /^(["'])(.*)\1$/s

interface Wrapper {
  /** The text with this wrapper taken off, or null when it is not there. */
  strip(text: string): string | null
  note(text: string): string
}

const WRAPPERS: readonly Wrapper[] = [
  {
    strip: (text) => QUOTED.exec(text)?.[2]?.trim() ?? null,
    note: () => 'The token was wrapped in quotes, which are not part of it; they were left out.',
  },
  {
    strip: (text) => (HEADER_LINE.test(text) ? text.replace(HEADER_LINE, '') : null),
    note: () =>
      'The text is an HTTP Authorization header line (RFC 9110 §11.6.2): the header name is not part of the token; it was left out.',
  },
  {
    strip: (text) => (BEARER.test(text) ? text.replace(BEARER, '') : null),
    note: (text) =>
      `The text starts with "${BEARER.exec(text)?.[0].trim()} ": that is the scheme of the Authorization header (RFC 6750 §2.1), not part of the token; it was left out.`,
  },
]

/**
 * The token inside `input`, with a warning or error in the lists for each thing removed. Each
 * wrapper comes off once, in whatever order they were put on (`Bearer "…"`, `"Authorization: …"`).
 */
export function cleanInput(input: string, errors: string[], warnings: string[]): string {
  let token = input.trim()
  const left = new Set(WRAPPERS)
  for (let found = true; found;) {
    found = false
    for (const wrapper of left) {
      const inner = wrapper.strip(token)
      if (inner === null) continue
      warnings.push(wrapper.note(token))
      token = inner
      left.delete(wrapper)
      found = true
    }
  }
  return removeWhitespace(token, errors)
}

/** Whitespace is counted with one replace, not one match object per character: pastes can be huge. */
function removeWhitespace(token: string, errors: string[]): string {
  const first = token.search(/\s/)
  if (first === -1) return token
  const what = token[first] === ' ' ? 'a space' : token[first] === '\t' ? 'a tab' : 'a line break'
  const stripped = token.replace(/\s/g, '')
  const others = token.length - stripped.length - 1
  const more =
    others > 0
      ? ` and ${formatCount(others)} more whitespace ${others === 1 ? 'character' : 'characters'}`
      : ''
  errors.push(
    `The token contains whitespace: ${what} at character ${formatCount(first + 1)}${more}. Tokens never contain whitespace (a wrapped line was probably copied); it was removed to decode the rest.`,
  )
  return stripped
}
