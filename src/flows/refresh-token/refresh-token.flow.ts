import { PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import { refreshTokenMachine } from './refresh-token.machine'
import type { RefreshTokenContext } from './refresh-token.setup'
import { BROWSER, STEPS, type StepId } from './refresh-token.steps'
import { refreshTokenSummary } from './refresh-token.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop', detail: `${PRINTSHOP_CLIENT.clientId} (server-side)` },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  layout: {
    wide: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      client: { col: 1, row: 1 },
      'authorization-server': { col: 2, row: 0 },
      'resource-server': { col: 2, row: 1 },
    },
    narrow: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      client: { col: 0, row: 1 },
      'authorization-server': { col: 1, row: 1 },
      'resource-server': { col: 0, row: 2 },
    },
  },
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['client', 'authorization-server'],
    ['client', 'resource-server'],
  ],
  surfaces: [{ kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" }],
}

const short = (token: string | undefined) => (token ? `…${token.slice(-12)}` : '(none)')

/** The rotation at a glance: the refresh token sent, and the new one that replaced it. */
function rotationFacts({ tokens, usedRefreshToken }: RefreshTokenContext, now: number): StepFact[] {
  const fresh = tokens?.ok ? tokens.refreshToken : undefined
  return [
    ...tokenResponseFacts(tokens, now),
    { label: 'refresh token sent (now used)', value: short(usedRefreshToken) },
    {
      label: 'new refresh token',
      value: short(fresh),
      verdict: {
        ok: fresh !== undefined && fresh !== usedRefreshToken,
        text: 'rotated: a different token',
      },
    },
  ]
}

const FACTS: FactTable<RefreshTokenContext, StepId> = {
  earlier: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  anHourLater: ({ api }) => apiFacts(api),
  refreshResponse: rotationFacts,
  photos: ({ api }) => apiFacts(api),
  replayOld: ({ refused, usedRefreshToken }, now) => [
    { label: 'refresh token replayed', value: short(usedRefreshToken) },
    ...tokenResponseFacts(refused, now),
  ],
  familyRevoked: ({ refused, tokens }, now) => [
    { label: 'refresh token sent', value: short(tokens?.ok ? tokens.refreshToken : undefined) },
    ...tokenResponseFacts(refused, now),
  ],
  revoke: ({ revocation }) =>
    revocation
      ? [
          {
            label: 'revocation',
            value: revocation.ok ? '200 OK' : `${revocation.status} ${revocation.error}`,
          },
        ]
      : [],
  introspect: ({ introspection }) =>
    introspection?.ok
      ? [
          {
            label: 'introspection response',
            value: JSON.stringify(
              Object.fromEntries(Object.entries(introspection).filter(([k]) => k !== 'ok')),
            ),
          },
        ]
      : [],
  apiAfterRevoke: ({ api }) => apiFacts(api),
  apiAsksServer: ({ api }) => apiFacts(api),
  refusedAtOnce: ({ api }) => apiFacts(api),
  disconnected: ({ api }) => apiFacts(api),
  tokenError: ({ refused, tokens }, now) => tokenResponseFacts(refused ?? tokens, now),
  apiError: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

/** The default run: the photo API checks JWTs itself, so revocation waits for exp. */
const PLAN: readonly StepId[] = [
  'earlier',
  'anHourLater',
  'refreshRequest',
  'refreshResponse',
  'apiRetry',
  'photos',
  'revoke',
  'introspect',
  'apiAfterRevoke',
  'accessTokenExpires',
  'disconnected',
]

export const flow = defineFlow({
  id: refreshTokenSummary.id,
  summary: refreshTokenSummary,
  machine: refreshTokenMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'introspection',
      label: 'Photo API asks the authorization server about every token',
      on: 'The photo API introspects each token (RFC 7662): a revoked token is refused at once, at the cost of a request per call.',
      off: 'The photo API checks the JWT itself (signature, iss, aud, exp): no extra request, but blind to revocation until exp.',
      default: false,
      kind: 'setting',
    },
  ],
  server: (switches) =>
    switches.introspection === true ? { photoApi: { tokenCheck: 'introspection' } } : {},
  comparison: {
    clientRunsIn: 'server',
    tokensLive:
      'On Printshop’s server, with its client secret: the refresh token works only together with that secret, and never reaches the browser.',
  },
  plan: PLAN,
  planFor: (switches): StepId[] =>
    switches.introspection === true
      ? [...PLAN.slice(0, PLAN.indexOf('introspect') + 1), 'apiAsksServer', 'refusedAtOnce']
      : [...PLAN],
  branches: { replayOld: ['newestRefused', 'familyRevoked'], newestRefused: ['familyRevoked'] },
  tokensOf: (snapshot) => heldTokens((snapshot.context as RefreshTokenContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
