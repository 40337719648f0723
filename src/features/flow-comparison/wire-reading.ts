import type { RoleId } from '../../protocol/roles'
import type { SessionStep } from '../../flows/flow-session'
import { headerValue, type Exchange } from '../../wire/exchange'

/** One recorded exchange with the step (1-based) that recorded it. */
export interface NumberedExchange {
  step: number
  exchange: Exchange
}

/** Every exchange of a run, in order, with its step number. */
export function exchangesOf(steps: readonly SessionStep[]): NumberedExchange[] {
  return steps.flatMap((step) =>
    step.exchanges.map((exchange) => ({ step: step.index + 1, exchange })),
  )
}

/** The roles that drive a browser: their requests are the front channel. */
export const isBrowser = (role: RoleId | null) => role === 'user-agent' || role === 'attacker'

/** The form fields of a request body, or none. */
export function formOf(exchange: Exchange): URLSearchParams {
  const type = headerValue(exchange.request.headers, 'content-type') ?? ''
  return type.includes('application/x-www-form-urlencoded')
    ? new URLSearchParams(exchange.request.body ?? '')
    : new URLSearchParams()
}

/** The JSON object of a response body, or null. */
export function jsonOf(exchange: Exchange): Record<string, unknown> | null {
  const type = headerValue(exchange.response.headers, 'content-type') ?? ''
  if (!type.includes('json') || exchange.response.body === null) return null
  try {
    const value: unknown = JSON.parse(exchange.response.body)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** A redirect's target with its query and fragment parameters, or null. */
export function redirectOf(
  exchange: Exchange,
): { url: URL; query: URLSearchParams; fragment: URLSearchParams } | null {
  const location = headerValue(exchange.response.headers, 'location')
  if (location === undefined) return null
  try {
    const url = new URL(location, exchange.request.url)
    return {
      url,
      query: url.searchParams,
      fragment: new URLSearchParams(url.hash.slice(1)),
    }
  } catch {
    return null
  }
}

/** The scheme of an Authorization header: "basic", "bearer", or undefined. */
export function authorizationScheme(exchange: Exchange): string | undefined {
  return headerValue(exchange.request.headers, 'authorization')?.split(' ')[0]?.toLowerCase()
}
