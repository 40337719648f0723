/**
 * Reading a decoded header or payload segment as a JSON object: UTF-8 (RFC 7515 §7.2 step 3,
 * RFC 7519 §7.2 step 9), JSON (RFC 8259), an object, and no repeated member names
 * (RFC 7515 §5.2, RFC 7519 §4).
 */
import { scanJson } from './json-scan'
import { decodeUtf8 } from './segment-codec'

export interface JsonSegment {
  text: string | null
  /** Where the JSON breaks (0-based, in `text`), when it does. */
  jsonErrorAt?: number
  object: Record<string, unknown> | null
  errors: string[]
  warnings: string[]
}

/** Reads `bytes` as the JSON object `what` ("a JOSE header (RFC 7515 §4)"), explaining each failure. */
export function readJsonSegment(label: string, bytes: Uint8Array, what: string): JsonSegment {
  const result: JsonSegment = { text: null, object: null, errors: [], warnings: [] }
  const utf8 = decodeUtf8(bytes)
  if ('badByte' in utf8) {
    const byte = bytes[utf8.badByte] ?? 0
    result.errors.push(
      `${label} is not UTF-8 text: byte ${utf8.badByte + 1} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) does not start a valid UTF-8 sequence, so it cannot be JSON; ${what} is UTF-8 JSON.`,
    )
    return result
  }
  result.text = utf8.text
  const scan = scanJson(utf8.text)
  if (!scan.ok) {
    result.errors.push(`${label} is not JSON at position ${scan.position}: ${scan.message}.`)
    result.jsonErrorAt = scan.position
    return result
  }
  const kind = jsonKind(scan.value)
  if (kind !== 'an object') {
    result.errors.push(`${label} is JSON but ${kind}, not an object; ${what} is a JSON object.`)
    return result
  }
  result.object = scan.value as Record<string, unknown>
  for (const name of scan.duplicateKeys) {
    result.warnings.push(
      `${label} names "${name}" more than once; ${label === 'Header' ? 'RFC 7515 §5.2' : 'RFC 7519 §4'} lets a parser reject this or use the last value (shown here), and parsers that disagree are an attack vector.`,
    )
  }
  return result
}

/** "an object", "an array", "a string", "a number", "a boolean" or "null". */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'boolean') return 'a boolean'
  return `a ${typeof value}`
}
