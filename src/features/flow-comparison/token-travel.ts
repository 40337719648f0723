import type { SessionStep } from '../../flows/flow-session'
import type { RoleId } from '../../protocol/roles'
import {
  authorizationScheme,
  exchangesOf,
  formOf,
  isBrowser,
  jsonOf,
  redirectOf,
} from './wire-reading'

/** One way a code or token crossed the wire in a run. */
export interface TravelRow {
  /** The steps (1-based) where it went this way. */
  steps: number[]
  /** "access token", "authorization code". */
  what: string
  channel: 'front' | 'back'
  from: RoleId
  to: RoleId
  /** Where in the message it rode, and what that means. */
  how: string
}

/** The parameters that are codes or tokens (RFC 6749 §4.1.2, §5.1; RFC 8628 §3.2; OIDC Core §3.1.3.3). */
export const CARRIED: readonly (readonly [param: string, name: string])[] = [
  ['code', 'authorization code'],
  ['access_token', 'access token'],
  ['id_token', 'ID token'],
  ['refresh_token', 'refresh token'],
  ['device_code', 'device code'],
]

/**
 * Where every code and token of a run travelled, read from the wire's record: issued in a
 * redirect through the browser (front channel: the query goes on to the client, the fragment stays
 * in the browser), issued in a JSON answer to a direct request (back channel), and presented back
 * (in a token request's body, or as a Bearer credential). Rows that differ only by step merge.
 */
export function tokenTravel(steps: readonly SessionStep[]): TravelRow[] {
  const rows: TravelRow[] = []
  const add = (row: Omit<TravelRow, 'steps'>, step: number) => {
    const same = rows.find(
      (r) =>
        r.what === row.what &&
        r.channel === row.channel &&
        r.from === row.from &&
        r.to === row.to &&
        r.how === row.how,
    )
    if (!same) rows.push({ ...row, steps: [step] })
    else if (!same.steps.includes(step)) same.steps.push(step)
  }
  for (const { step, exchange } of exchangesOf(steps)) {
    const server = exchange.to
    if (server === null) continue
    if (isBrowser(exchange.from)) {
      const redirect = redirectOf(exchange)
      for (const [param, what] of CARRIED) {
        if (redirect?.query.has(param))
          add(
            {
              what,
              channel: 'front',
              from: server,
              to: exchange.from,
              how: 'in a redirect’s query string, which the browser carries on to the client',
            },
            step,
          )
        if (redirect?.fragment.has(param))
          add(
            {
              what,
              channel: 'front',
              from: server,
              to: exchange.from,
              how: 'in a redirect’s fragment, which stays in the browser for the page’s script',
            },
            step,
          )
      }
      continue
    }
    const json = exchange.response.status === 200 ? jsonOf(exchange) : null
    for (const [param, what] of CARRIED)
      if (typeof json?.[param] === 'string')
        add(
          { what, channel: 'back', from: server, to: exchange.from, how: 'in the JSON answer' },
          step,
        )
    const form = formOf(exchange)
    const presented = (param: string, what: string) =>
      form.has(param) &&
      add(
        { what, channel: 'back', from: exchange.from, to: server, how: 'in the request’s body' },
        step,
      )
    if (form.get('grant_type') === 'authorization_code') presented('code', 'authorization code')
    presented('refresh_token', 'refresh token')
    presented('device_code', 'device code')
    if (authorizationScheme(exchange) === 'bearer')
      add(
        {
          what: 'access token',
          channel: 'back',
          from: exchange.from,
          to: server,
          how: 'as Authorization: Bearer',
        },
        step,
      )
  }
  return rows
}
