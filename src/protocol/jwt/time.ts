/**
 * NumericDate claims (RFC 7519 §2: seconds since 1970-01-01T00:00:00Z UTC) as dates and as
 * durations from "now", where now is the lab's clock, which a learner can advance.
 */

/** "2025-03-01 09:30:00 UTC". */
export function formatNumericDate(seconds: number): string {
  const date = new Date(seconds * 1000)
  if (Number.isNaN(date.getTime())) return 'not a valid date'
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** "4 min 12 s", "2 h 5 min", "3 d 4 h", "0 s"; the two largest units, in whole seconds; past a year, also in years. */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.floor(Math.abs(totalSeconds))
  const units: [string, number][] = [
    ['d', 86400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ]
  const parts: string[] = []
  for (const [name, size] of units) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count > 0 || parts.length > 0) parts.push(`${count} ${name}`)
    if (parts.length === 2) break
  }
  const shown = parts.filter((part, index) => index === 0 || !part.startsWith('0 '))
  const years = Math.abs(totalSeconds) / (365.25 * 86400)
  // Thousands of days mean little to a reader; years put them in proportion.
  const inYears = years >= 1 ? ` (about ${years.toFixed(1)} years)` : ''
  return shown.length > 0 ? shown.join(' ') + inYears : '0 s'
}

export type TimeClaim = 'exp' | 'nbf' | 'iat' | 'auth_time'

/** Where a time claim stands against now, in words: "expires in 4 min 12 s", "expired 3 min ago". */
export function describeTimeClaim(
  claim: TimeClaim,
  seconds: number,
  nowMs: number,
): { text: string; state: 'ok' | 'bad' | 'neutral' } {
  const delta = seconds - Math.floor(nowMs / 1000)
  const span = formatDuration(delta)
  switch (claim) {
    case 'exp':
      return delta > 0
        ? { text: `expires in ${span}`, state: 'ok' }
        : { text: delta === 0 ? 'expired just now' : `expired ${span} ago`, state: 'bad' }
    case 'nbf':
      return delta > 0
        ? { text: `not valid for another ${span}`, state: 'bad' }
        : { text: delta === 0 ? 'valid from now' : `valid since ${span} ago`, state: 'ok' }
    case 'iat':
      return delta > 0
        ? { text: `issued ${span} in the future (the issuer's clock runs ahead?)`, state: 'bad' }
        : { text: delta === 0 ? 'issued just now' : `issued ${span} ago`, state: 'neutral' }
    case 'auth_time':
      return delta > 0
        ? { text: `in ${span} (in the future)`, state: 'bad' }
        : { text: delta === 0 ? 'just now' : `${span} ago`, state: 'neutral' }
  }
}
