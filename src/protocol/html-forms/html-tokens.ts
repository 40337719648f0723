/**
 * A small HTML tokenizer, enough to find forms in server-rendered pages without a DOM (the wire
 * runs in Node too). It follows the HTML tokenizer where it matters for forms: quoted attribute
 * values may contain '>', the first of two same-named attributes wins, comments and the raw text
 * of script/style are skipped, textarea/title/option text is decoded (HTML §13.2.5).
 */
export type HtmlToken =
  | {
      readonly kind: 'start'
      readonly tag: string
      readonly attributes: ReadonlyMap<string, string>
    }
  | { readonly kind: 'end'; readonly tag: string }
  | { readonly kind: 'text'; readonly text: string }

const RAW_TEXT = new Set(['script', 'style'])
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes character references: the common named ones and every numeric one (HTML §13.5). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** Splits HTML into start tags (with decoded attributes), end tags and decoded text. */
export function tokenize(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let i = 0
  const pushText = (end: number) => {
    if (end > i) tokens.push({ kind: 'text', text: decodeEntities(html.slice(i, end)) })
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      pushText(html.length)
      break
    }
    pushText(lt)
    i = lt
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4)
      i = close < 0 ? html.length : close + 3
      continue
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i)
      i = close < 0 ? html.length : close + 1
      continue
    }
    const end = /^<\/([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/.exec(html.slice(i, i + 200))
    if (end) {
      tokens.push({ kind: 'end', tag: end[1]!.toLowerCase() })
      i += end[0].length
      continue
    }
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 100))
    if (!name) {
      // A '<' that starts no tag is text (HTML §13.2.5.6).
      tokens.push({ kind: 'text', text: '<' })
      i += 1
      continue
    }
    const tag = name[1]!.toLowerCase()
    const { attributes, next } = readAttributes(html, i + name[0].length)
    tokens.push({ kind: 'start', tag, attributes })
    i = next
    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, i)
      i = close < 0 ? html.length : close
    }
  }
  return tokens
}

function readAttributes(
  html: string,
  start: number,
): { attributes: Map<string, string>; next: number } {
  const attributes = new Map<string, string>()
  let i = start
  const skipSpace = () => {
    while (i < html.length && /[\s/]/.test(html[i]!)) i++
  }
  for (;;) {
    skipSpace()
    if (i >= html.length) return { attributes, next: i }
    if (html[i] === '>') return { attributes, next: i + 1 }
    const nameStart = i
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) i++
    const name = html.slice(nameStart, i).toLowerCase()
    while (i < html.length && /\s/.test(html[i]!)) i++
    let value = ''
    if (html[i] === '=') {
      i++
      while (i < html.length && /\s/.test(html[i]!)) i++
      const quote = html[i]
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1)
        const stop = close < 0 ? html.length : close
        value = html.slice(i + 1, stop)
        i = stop + 1
      } else {
        const valueStart = i
        while (i < html.length && !/[\s>]/.test(html[i]!)) i++
        value = html.slice(valueStart, i)
      }
    }
    if (name !== '' && !attributes.has(name)) attributes.set(name, decodeEntities(value))
  }
}
