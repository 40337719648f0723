import type { SessionStep } from '../../flows/flow-session'
import type { FlowComparison } from '../../flows/kit/flow-module'
import type { RoleId } from '../../protocol/roles'
import { headerValue } from '../../wire/exchange'
import { IN_WORDS, type HistoryReading } from './browser-history'
import { CARRIED, type TravelRow } from './token-travel'
import { authorizationScheme, exchangesOf, formOf, isBrowser } from './wire-reading'

/** A secret one party held in a run, and how it came to hold it. */
export interface HeldSecret {
  what: string
  detail: string
  /** True when holding it there is a risk the flow's design creates. */
  exposed?: boolean
}

export interface PartySecrets {
  role: RoleId
  held: HeldSecret[]
}

const WHERE: Record<FlowComparison['clientRunsIn'], string> = {
  browser: 'in the browser, in the page’s JavaScript',
  server: 'on its server',
  device: 'on the device',
}

const first = (steps: number[]) => `step ${steps[0] ?? '?'}`

/**
 * Which secrets Alice, her browser and the client held in a run, read from what each of them sent
 * and received: a password in a form (on the authorization server's page, or the client's), a
 * session cookie, a client secret (Basic, or client_secret), a PKCE verifier, the tokens the client
 * received, and what the browser's history kept. Where the client keeps its tokens is the flow's
 * own declaration (`comparison.clientRunsIn`); nothing on the wire shows it.
 */
export function partySecrets(
  steps: readonly SessionStep[],
  travel: readonly TravelRow[],
  history: HistoryReading,
  comparison: FlowComparison | undefined,
): PartySecrets[] {
  const owner: HeldSecret[] = []
  const browser: HeldSecret[] = []
  const client: HeldSecret[] = []
  const once = (list: HeldSecret[], secret: HeldSecret) => {
    if (!list.some((item) => item.what === secret.what)) list.push(secret)
  }
  for (const { step, exchange } of exchangesOf(steps)) {
    const form = formOf(exchange)
    if (isBrowser(exchange.from)) {
      if (form.has('password') && exchange.to === 'authorization-server')
        once(owner, {
          what: 'her password',
          detail: `typed on the authorization server’s own page (step ${step})`,
        })
      if (headerValue(exchange.response.headers, 'set-cookie') !== undefined)
        once(browser, {
          what: 'a session cookie',
          detail: `from ${new URL(exchange.request.url).host} (step ${step}): it keeps Alice signed in there`,
        })
      continue
    }
    if (exchange.from !== 'client') continue
    if (form.get('grant_type') === 'password') {
      once(owner, {
        what: 'her password',
        detail: `typed into the client’s own form, which sent it on (step ${step})`,
        exposed: true,
      })
      once(client, {
        what: 'Alice’s password',
        detail: `received from her form and sent to the token endpoint (step ${step})`,
        exposed: true,
      })
    }
    if (authorizationScheme(exchange) === 'basic' || form.has('client_secret'))
      once(client, {
        what: 'a client secret',
        detail: `its own, sent only to the token endpoint (first at step ${step})`,
      })
    if (form.has('code_verifier'))
      once(client, {
        what: 'a PKCE code_verifier',
        detail: `made before the redirect, sent once to the token endpoint (step ${step})`,
      })
  }
  const where = comparison ? ` ${WHERE[comparison.clientRunsIn]}` : ''
  for (const [, what] of CARRIED) {
    const received = travel.find(
      (row) =>
        row.what === what &&
        (row.to === 'client' || isBrowser(row.to)) &&
        what !== 'authorization code',
    )
    if (received)
      once(client, {
        what: `the ${what}`,
        detail: `received at ${first(received.steps)}, kept${where || ' by the client'}`,
        exposed: comparison?.clientRunsIn === 'browser' && what !== 'device code',
      })
  }
  if (comparison?.clientRunsIn === 'browser' && client.some((item) => item.what.startsWith('the ')))
    once(browser, {
      what: 'the client’s tokens',
      detail: 'the app is JavaScript in this browser, so every script on its page can reach them',
      exposed: true,
    })
  for (const entry of history.entries)
    for (const finding of entry.findings)
      once(browser, {
        what: `${IN_WORDS[finding.param]} in its history`,
        detail: `in the URL of the page shown at step ${entry.step}`,
        exposed: finding.usable,
      })
  return [
    { role: 'resource-owner' as const, held: owner },
    { role: 'user-agent' as const, held: browser },
    { role: 'client' as const, held: client },
  ]
}
