import type { SessionStep } from '../../flows/flow-session'
import { exchangesOf, formOf, authorizationScheme, redirectOf } from './wire-reading'

/** A code or token an attacker finds in one history entry, and what it is worth to them. */
export interface HistoryFinding {
  param: (typeof LOOKED_FOR)[number]
  value: string
  /** True when the attacker can use it as it is. */
  usable: boolean
  worth: string
}

/** One page the browser showed: its URL as the history keeps it (fragment included). */
export interface HistoryEntry {
  step: number
  url: string
  findings: HistoryFinding[]
}

export interface HistoryReading {
  entries: HistoryEntry[]
  /** What an attacker who reads the history gets, in a sentence. */
  verdict: string
  /** Whether the attacker gets something usable. */
  exposed: boolean
}

const LOOKED_FOR = ['access_token', 'id_token', 'refresh_token', 'code', 'user_code'] as const

/** Each parameter's name in words: "an access token". */
export const IN_WORDS: Record<(typeof LOOKED_FOR)[number], string> = {
  access_token: 'an access token',
  id_token: 'an ID token',
  refresh_token: 'a refresh token',
  code: 'an authorization code',
  user_code: 'a user code',
}

/** What a spent code was worth: when it was redeemed, and what else redeeming it took. */
function codeWorth(value: string, steps: readonly SessionStep[]): string {
  const redeemed = exchangesOf(steps).find(
    ({ exchange }) =>
      formOf(exchange).get('grant_type') === 'authorization_code' &&
      formOf(exchange).get('code') === value,
  )
  if (!redeemed)
    return 'an authorization code this run never redeemed; it is single-use and expires within a minute'
  const form = formOf(redeemed.exchange)
  const needs = [
    ...(form.has('code_verifier') ? ['the code_verifier'] : []),
    ...(authorizationScheme(redeemed.exchange) === 'basic' || form.has('client_secret')
      ? ['the client secret']
      : []),
  ]
  return `an authorization code, already redeemed at step ${redeemed.step}: single-use, so a replay is refused${needs.length > 0 ? `, and worthless without ${needs.join(' and ')}` : ''}`
}

function worthOf(
  param: (typeof LOOKED_FOR)[number],
  params: URLSearchParams,
  steps: readonly SessionStep[],
): Omit<HistoryFinding, 'param' | 'value'> {
  const value = params.get(param) ?? ''
  switch (param) {
    case 'access_token':
      return {
        usable: true,
        worth: `a bearer access token (scope ${params.get('scope') ?? 'as granted'}), good at the API for ${params.get('expires_in') ?? 'its'} seconds after it was issued: whoever copies it can call the API as Alice`,
      }
    case 'id_token':
      return { usable: true, worth: 'an ID token: it tells anyone who Alice is' }
    case 'refresh_token':
      return { usable: true, worth: 'a refresh token: it gets new access tokens' }
    case 'code':
      return { usable: false, worth: codeWorth(value, steps) }
    case 'user_code':
      return {
        usable: false,
        worth:
          'a user code: it only names the device’s pending request, which a sign-in must approve, and it expires with it',
      }
  }
}

/**
 * The browser's history after a run: every page a browser showed (a GET answered without a
 * redirect), at the URL the history keeps, with the fragment a redirect left in the address bar,
 * and what each code or token in those URLs is worth to someone who reads them (RFC 9700 §4.3).
 */
export function browserHistory(steps: readonly SessionStep[]): HistoryReading {
  const entries: HistoryEntry[] = []
  let pending: URL | null = null
  for (const { step, exchange } of exchangesOf(steps)) {
    if (exchange.from !== 'user-agent') continue
    const redirect = redirectOf(exchange)
    const arrived: URL | null = pending
    pending = redirect?.url ?? null
    if (exchange.request.method !== 'GET' || redirect || exchange.response.status >= 300) continue
    const url = new URL(exchange.request.url)
    if (
      arrived &&
      arrived.hash !== '' &&
      `${arrived.origin}${arrived.pathname}${arrived.search}` === url.href
    )
      url.hash = arrived.hash
    const params = new URLSearchParams([
      ...url.searchParams,
      ...new URLSearchParams(url.hash.slice(1)),
    ])
    const findings = LOOKED_FOR.filter((param) => params.has(param)).map((param) => ({
      param,
      value: params.get(param) ?? '',
      ...worthOf(param, params, steps),
    }))
    entries.push({ step, url: url.href, findings })
  }
  const found = entries.flatMap((entry) => entry.findings)
  const words = (findings: readonly HistoryFinding[]) =>
    [...new Set(findings.map((finding) => IN_WORDS[finding.param]))].join(' and ')
  const usable = found.filter((finding) => finding.usable)
  const verdict =
    entries.length === 0
      ? 'Nothing: no browser takes part in this flow.'
      : usable.length > 0
        ? `Something that works: ${words(usable)}, in plain view in a URL.`
        : found.length > 0
          ? `Nothing usable: only ${words(found)}, spent or useless on its own.`
          : 'Nothing: no code or token appears in any URL.'
  return { entries, verdict, exposed: usable.length > 0 }
}
