/**
 * One hop of a navigation and where a redirect leads it next, as the Fetch standard says (§4.4):
 * the simulated browser follows redirects a hop at a time, and keeps a pending one in its
 * snapshot.
 */
import { readNullable, readObject, readString, readStrings } from '../protocol/snapshot-data.ts'
import { siteOf } from './cookie-jar.ts'

export interface Hop {
  readonly method: string
  readonly url: string
  readonly body: string | null
  /** Sites of the initiator and every earlier hop of this navigation, for SameSite. */
  readonly sites: readonly string[]
  /** The Origin header of a form POST. */
  readonly origin: string | null
}

/** A saved pending redirect, field by field. */
export function readHop(value: unknown): Hop {
  const hop = readObject(value, 'the pending redirect')
  const nullableString = (field: unknown, what: string) =>
    readNullable(field, (text) => readString(text, what))
  return {
    method: readString(hop.method, "the redirect's method"),
    url: readString(hop.url, "the redirect's url"),
    body: nullableString(hop.body, "the redirect's body"),
    sites: readStrings(hop.sites, "the redirect's sites"),
    origin: nullableString(hop.origin, "the redirect's origin"),
  }
}

/** The Location of a redirect, resolved; a fragment-less Location keeps the current fragment (Fetch §4.4). */
export function redirectTarget(response: Response, url: string): string | null {
  const location = response.headers.get('location')
  if (response.status < 300 || response.status > 399 || location === null) return null
  try {
    const target = new URL(location, url)
    if (target.hash === '' && !location.includes('#')) target.hash = new URL(url).hash
    return target.href
  } catch {
    return null
  }
}

/** The request a redirect leads to (Fetch §4.4): 303, and 301/302 after POST, become GET without body. */
export function nextHop(previous: Hop, status: number, target: string): Hop {
  const sites = [...previous.sites, siteOf(previous.url)]
  const becomesGet =
    status === 303
      ? previous.method !== 'HEAD'
      : (status === 301 || status === 302) && previous.method === 'POST'
  if (becomesGet || previous.body === null)
    return {
      method: becomesGet ? 'GET' : previous.method,
      url: target,
      body: null,
      sites,
      origin: null,
    }
  const crossOrigin = new URL(target).origin !== new URL(previous.url).origin
  return {
    method: previous.method,
    url: target,
    body: previous.body,
    sites,
    origin: crossOrigin ? 'null' : previous.origin,
  }
}
