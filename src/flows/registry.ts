import { attackAudienceSummary } from './attack-audience/attack-audience.summary'
import { attackCodeInterceptionSummary } from './attack-code-interception/attack-code-interception.summary'
import { attackCsrfSummary } from './attack-csrf/attack-csrf.summary'
import { attackImplicitLeakSummary } from './attack-implicit-leak/attack-implicit-leak.summary'
import { attackMixUpSummary } from './attack-mix-up/attack-mix-up.summary'
import { attackRedirectUriSummary } from './attack-redirect-uri/attack-redirect-uri.summary'
import { attackRefreshReplaySummary } from './attack-refresh-replay/attack-refresh-replay.summary'
import { authorizationCodeConfidentialSummary } from './authorization-code-confidential/authorization-code-confidential.summary'
import { authorizationCodePkceSummary } from './authorization-code-pkce/authorization-code-pkce.summary'
import { clientCredentialsSummary } from './client-credentials/client-credentials.summary'
import { deviceAuthorizationSummary } from './device-authorization/device-authorization.summary'
import { implicitSummary } from './implicit/implicit.summary'
import type { FlowModule, FlowSummary } from './kit/flow-module'
import { passwordSummary } from './password/password.summary'
import { openIdConnectSummary } from './openid-connect/openid-connect.summary'
import { refreshTokenSummary } from './refresh-token/refresh-token.summary'

/** A flow as the catalogue and the router know it: its card, and its module, loaded on demand. */
export interface FlowEntry {
  summary: FlowSummary
  load(): Promise<FlowModule>
}

/**
 * Every flow the lab teaches, in catalogue order. Each module is its own chunk: the home page loads
 * only the summaries. Adding a flow is its own folder and one line here.
 */
export const FLOWS: readonly FlowEntry[] = [
  {
    summary: authorizationCodePkceSummary,
    load: () =>
      import('./authorization-code-pkce/authorization-code-pkce.flow').then((m) => m.flow),
  },
  {
    summary: authorizationCodeConfidentialSummary,
    load: () =>
      import('./authorization-code-confidential/authorization-code-confidential.flow').then(
        (m) => m.flow,
      ),
  },
  {
    summary: openIdConnectSummary,
    load: () => import('./openid-connect/openid-connect.flow').then((m) => m.flow),
  },
  {
    summary: deviceAuthorizationSummary,
    load: () => import('./device-authorization/device-authorization.flow').then((m) => m.flow),
  },
  {
    summary: refreshTokenSummary,
    load: () => import('./refresh-token/refresh-token.flow').then((m) => m.flow),
  },
  {
    summary: clientCredentialsSummary,
    load: () => import('./client-credentials/client-credentials.flow').then((m) => m.flow),
  },
  {
    summary: implicitSummary,
    load: () => import('./implicit/implicit.flow').then((m) => m.flow),
  },
  {
    summary: passwordSummary,
    load: () => import('./password/password.flow').then((m) => m.flow),
  },
  {
    summary: attackCodeInterceptionSummary,
    load: () =>
      import('./attack-code-interception/attack-code-interception.flow').then((m) => m.flow),
  },
  {
    summary: attackCsrfSummary,
    load: () => import('./attack-csrf/attack-csrf.flow').then((m) => m.flow),
  },
  {
    summary: attackRedirectUriSummary,
    load: () => import('./attack-redirect-uri/attack-redirect-uri.flow').then((m) => m.flow),
  },
  {
    summary: attackRefreshReplaySummary,
    load: () => import('./attack-refresh-replay/attack-refresh-replay.flow').then((m) => m.flow),
  },
  {
    summary: attackImplicitLeakSummary,
    load: () => import('./attack-implicit-leak/attack-implicit-leak.flow').then((m) => m.flow),
  },
  {
    summary: attackAudienceSummary,
    load: () => import('./attack-audience/attack-audience.flow').then((m) => m.flow),
  },
  {
    summary: attackMixUpSummary,
    load: () => import('./attack-mix-up/attack-mix-up.flow').then((m) => m.flow),
  },
]

/** The registered flow with this id; inherited property names are no ids. */
export function findFlow(id: string | undefined): FlowEntry | undefined {
  return FLOWS.find((entry) => entry.summary.id === id)
}

/** A flow's title as a link names it: an attack's without its "Attack:" prefix, capitalised. */
export function linkTitle(summary: FlowSummary): string {
  const title = summary.title.replace(/^Attack: /, '')
  return title.charAt(0).toUpperCase() + title.slice(1)
}

/** The attack scenarios on a flow, from their cards' relatedFlows, in catalogue order. */
export function attacksOn(flowId: string): readonly FlowSummary[] {
  return FLOWS.map((entry) => entry.summary).filter(
    (summary) => summary.status.kind === 'attack' && summary.status.relatedFlows.includes(flowId),
  )
}
