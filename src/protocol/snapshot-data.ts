/**
 * Reading back a snapshot: the plain JSON data a lab part saves so that a page reload can restore
 * it (the servers' records, the browsers, the wire, a flow's run). What is read comes from storage
 * an older version of the lab may have written, or that was cut short, so every reader checks the
 * shape it needs and throws a SnapshotError that says what it found instead.
 */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SnapshotError'
  }
}

const describe = (value: unknown) =>
  value === undefined
    ? 'missing'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : `a ${typeof value}`

/** `value` as an object with string keys (not an array, not null). */
export function readObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SnapshotError(`${what} should be an object, not ${describe(value)}.`)
  return value as Record<string, unknown>
}

export function readArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value))
    throw new SnapshotError(`${what} should be a list, not ${describe(value)}.`)
  return value
}

export function readString(value: unknown, what: string): string {
  if (typeof value !== 'string')
    throw new SnapshotError(`${what} should be a string, not ${describe(value)}.`)
  return value
}

/** A field that is null or else read by `read` (a saved cookie's expiry, a request's body). */
export function readNullable<T>(value: unknown, read: (value: unknown) => T): T | null {
  return value === null ? null : read(value)
}

/** A finite number (JSON has no Infinity or NaN). */
export function readNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new SnapshotError(`${what} should be a number, not ${describe(value)}.`)
  return value
}

export function readBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean')
    throw new SnapshotError(`${what} should be true or false, not ${describe(value)}.`)
  return value
}

/** A list of strings. */
export function readStrings(value: unknown, what: string): string[] {
  return readArray(value, what).map((item, i) => readString(item, `${what}[${i}]`))
}

/**
 * The object's `format` must be `format`: a snapshot is read only by the code that wrote its
 * shape. Each part bumps its format when what it saves changes, so an older snapshot is refused
 * here instead of breaking a server later.
 */
export function readFormat(value: unknown, format: number, what: string): Record<string, unknown> {
  const object = readObject(value, what)
  if (object.format !== format)
    throw new SnapshotError(
      `${what} has format ${JSON.stringify(object.format) ?? 'none'}; this version of the lab reads format ${format}.`,
    )
  return object
}

/**
 * The records of a map saved as a list: each an object whose `key` field is a string. The records
 * are returned as saved (their own fields are the owner's to trust or check).
 */
export function readRecords<T>(value: unknown, key: string, what: string): T[] {
  return readArray(value, what).map((item, i) => {
    const record = readObject(item, `${what}[${i}]`)
    readString(record[key], `${what}[${i}].${key}`)
    return record as T
  })
}

/**
 * Throws unless `value` survives JSON unchanged: null, booleans, finite numbers, strings, arrays
 * and plain objects of them (an `undefined` property is allowed: JSON leaves it out, as an absent
 * optional field). `path` names the value in the message ("context.tokens").
 */
export function checkPlainData(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new SnapshotError(`${path} is ${value}, which JSON cannot hold.`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkPlainData(item, `${path}[${i}]`))
    return
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null)
      throw new SnapshotError(
        `${path} is a ${(value as object).constructor?.name ?? 'class instance'}, not plain data.`,
      )
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) checkPlainData(item, `${path}.${key}`)
    return
  }
  throw new SnapshotError(`${path} is ${describe(value)}, not plain data.`)
}
