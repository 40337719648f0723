/**
 * A JSON syntax scanner that says where and why text is not JSON (RFC 8259), and which object
 * member names repeat. JSON.parse's own messages differ between engines and often omit the
 * position; a learner needs both, so the scanner finds them and JSON.parse builds the value.
 */

export type JsonScan =
  | { ok: true; value: unknown; duplicateKeys: string[] }
  | { ok: false; position: number; message: string }

class JsonSyntaxError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Parses `text` as JSON. On failure `position` counts characters from 0 (as JSON.parse does) and
 * `message` starts with "Unexpected ...". Duplicate member names (RFC 8259 §4; RFC 7515 §5.2) are
 * reported, each once, as `path.name` (the last value wins, as in JSON.parse).
 */
export function scanJson(text: string): JsonScan {
  const duplicates = new Set<string>()
  let i = 0

  const fail = (expected: string): never => {
    if (i >= text.length)
      throw new JsonSyntaxError(i, `Unexpected end of the text where ${expected} was expected`)
    throw new JsonSyntaxError(
      i,
      `Unexpected token ${describeChar(text[i] ?? '')} where ${expected} was expected`,
    )
  }
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }

  const value = (path: string): void => {
    skipWhitespace()
    const c = text[i]
    if (c === '{') return object(path)
    if (c === '[') return array(path)
    if (c === '"') return void string()
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length
        return
      }
    }
    fail('a value (an object, array, string, number, true, false or null)')
  }

  const object = (path: string) => {
    i++
    const names = new Set<string>()
    skipWhitespace()
    if (text[i] === '}') return void i++
    for (;;) {
      skipWhitespace()
      if (text[i] !== '"') fail('a property name in double quotes')
      const name = string()
      const memberPath = path === '' ? name : `${path}.${name}`
      if (names.has(name)) duplicates.add(memberPath)
      names.add(name)
      skipWhitespace()
      if (text[i] !== ':') fail(`':' after the property name "${name}"`)
      i++
      value(memberPath)
      skipWhitespace()
      if (text[i] === '}') return void i++
      if (text[i] !== ',') fail("',' or '}' after a property value")
      i++
    }
  }

  const array = (path: string) => {
    i++
    skipWhitespace()
    if (text[i] === ']') return void i++
    for (let index = 0; ; index++) {
      value(`${path}[${index}]`)
      skipWhitespace()
      if (text[i] === ']') return void i++
      if (text[i] !== ',') fail("',' or ']' after an array element")
      i++
    }
  }

  const string = (): string => {
    const start = i
    i++
    for (;;) {
      const c = text[i]
      if (c === undefined)
        throw new JsonSyntaxError(start, 'Unterminated string: no closing double quote')
      if (c === '"') break
      if (c < ' ') {
        throw new JsonSyntaxError(
          i,
          `Unexpected control character ${codePoint(c)} inside a string (it must be escaped, e.g. \\n)`,
        )
      }
      if (c === '\\') {
        const e = text[i + 1]
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6
        else
          throw new JsonSyntaxError(
            i,
            `Unexpected escape ${JSON.stringify(text.slice(i, i + 2))} inside a string`,
          )
      } else i++
    }
    i++
    return JSON.parse(text.slice(start, i)) as string
  }

  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))
    if (!match) {
      i += text[i] === '-' ? 1 : 0
      fail('a digit')
    }
    i += match?.[0].length ?? 0
    if (/^[0-9.eE]/.test(text[i] ?? ''))
      fail(
        'the end of the number (JSON allows no leading zeros, a digit after ".", and one exponent)',
      )
  }

  try {
    value('')
    skipWhitespace()
    if (i < text.length) {
      throw new JsonSyntaxError(
        i,
        `Unexpected token ${describeChar(text[i] ?? '')} after the end of the JSON value`,
      )
    }
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return { ok: false, position: error.position, message: error.message }
    throw error
  }
  return { ok: true, value: JSON.parse(text) as unknown, duplicateKeys: [...duplicates] }
}

function describeChar(c: string): string {
  return c < ' ' || c === '\u007f' ? codePoint(c) : `'${c}'`
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
