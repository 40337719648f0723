import { decodeJwt } from 'jose'
import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { apiRefusalFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { MALLORY, malloryScreen, tail, type Holding } from '../kit/attack/mallory'
import { defineFlow } from '../kit/define-flow'
import {
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import { audienceMachine } from './attack-audience.machine'
import type { AudienceContext } from './attack-audience.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-audience.steps'
import { attackAudienceSummary } from './attack-audience.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop web app', detail: PHOTO_SPA_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Calendar API', detail: 'api.calendar.example' },
    attacker: MALLORY,
  },
  layout: ATTACK_LAYOUT,
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['client', 'authorization-server'],
    ['client', 'attacker'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's laptop" },
  ],
}

/** The token's aud, read as anyone can (a JWT's claims are not secret). */
function audienceOf(token: string | undefined): string {
  if (!token) return '(none)'
  try {
    const aud = decodeJwt(token).aud
    return Array.isArray(aud) ? aud.join(', ') : String(aud ?? '(none)')
  } catch {
    return '(not a JWT)'
  }
}

interface CalendarBody {
  owner?: unknown
  events?: { title?: unknown; start?: unknown }[]
}

function calendarFacts(context: AudienceContext): StepFact[] {
  const body = (context.calendar?.body ?? {}) as CalendarBody
  const events = Array.isArray(body.events) ? body.events : []
  return [
    { label: 'calendar of', value: String(body.owner ?? '(unknown)') },
    ...events.map((event, i) => ({
      label: `appointment ${i + 1}`,
      value: `${String(event.start)}: ${String(event.title)}`,
      format: 'text' as const,
    })),
  ]
}

const FACTS: FactTable<AudienceContext, StepId> = {
  earlier: ({ tokens }, now) => [
    ...tokenResponseFacts(tokens, now),
    {
      label: 'aud of the access token',
      value: audienceOf(tokens?.ok ? tokens.accessToken : undefined),
    },
  ],
  stolen: ({ stolenAccessToken, collected }) => [
    { label: 'access token sent to mallory.example', value: tail(stolenAccessToken) },
    { label: 'mallory.example answered', value: String(collected ?? '') },
  ],
  calendarRequest: ({ stolenAccessToken }) => [
    { label: 'aud of the token Mallory sends', value: audienceOf(stolenAccessToken) },
    { label: 'the calendar API’s identifier', value: 'https://api.calendar.example' },
  ],
  refused: ({ calendar }) =>
    apiRefusalFacts(
      'the calendar API (a resource server)',
      calendar,
      'the token’s aud must name this API (RFC 9068 §4)',
    ),
  alicesCalendar: calendarFacts,
  failed: ({ error }) => failureFacts(error),
}

function holdings({ stolenAccessToken, calendar }: AudienceContext): Holding[] {
  const held: Holding[] = []
  if (stolenAccessToken)
    held.push({ label: 'Alice’s photo API token', value: tail(stolenAccessToken) })
  if (calendar?.status === 200) {
    const events = (calendar.body as CalendarBody | null)?.events ?? []
    for (const event of events)
      held.push({ label: String(event.start).slice(0, 10), value: String(event.title) })
  }
  return held
}

/** A photo API token replayed at the calendar API, with the calendar API's aud check as the switch. */
export const flow = defineFlow({
  id: attackAudienceSummary.id,
  summary: attackAudienceSummary,
  machine: audienceMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'aud',
      label: 'Audience check at the calendar API',
      on: 'The calendar API takes a token only if its aud names https://api.calendar.example.',
      off: 'The calendar API checks signature, issuer and expiry, but not aud: any token of the issuer opens it.',
      default: true,
    },
  ],
  server: (switches) => ({ calendarApi: { checksAudience: switches.aud !== false } }),
  plan: ['earlier', 'stolen', 'calendarRequest', 'refused'] satisfies StepId[],
  planFor: (switches): StepId[] =>
    switches.aud === false
      ? ['earlier', 'stolen', 'calendarRequest', 'alicesCalendar']
      : ['earlier', 'stolen', 'calendarRequest', 'refused'],
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as AudienceContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => ({
    [MALLORY_SCREEN]: malloryScreen(holdings(snapshot.context as AudienceContext)),
  }),
})
