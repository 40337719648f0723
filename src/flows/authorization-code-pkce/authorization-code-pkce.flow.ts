import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  callbackFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage } from '../kit/flow-module'
import { authorizationCodePkceSummary } from './authorization-code-pkce.summary'
import { authorizationCodePkceMachine } from './authorization-code-pkce.machine'
import type { AuthorizationCodePkceContext } from './authorization-code-pkce.setup'
import { BROWSER, STEPS, type StepId } from './authorization-code-pkce.steps'

/** The five roles of RFC 6749 §1, as the story casts them. */
const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop web app', detail: PHOTO_SPA_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  // The user's side on the left (Alice, her browser, the client under the browser), the servers on
  // the right, so every message runs along one short line and no two lines cross.
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

const FACTS: FactTable<AuthorizationCodePkceContext, StepId> = {
  pkce: ({ start }) =>
    start
      ? [
          { label: 'code_verifier (kept secret)', value: start.codeVerifier },
          { label: 'code_challenge = BASE64URL(SHA-256(verifier))', value: start.codeChallenge },
          { label: 'code_challenge_method', value: start.codeChallengeMethod },
          { label: 'state', value: start.state },
        ]
      : [],
  callback: ({ callback }) => callbackFacts(callback),
  deniedCallback: ({ callback }) => callbackFacts(callback),
  accessDenied: ({ callback }) => callbackFacts(callback),
  stateMismatch: ({ callback }) => callbackFacts(callback),
  issuerMismatch: ({ callback }) => callbackFacts(callback),
  tokenRequest: ({ start }) =>
    start ? [{ label: 'code_verifier sent', value: start.codeVerifier }] : [],
  tokenResponse: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  tokenError: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  photos: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

/** Authorization Code + PKCE, as the flow session and the player run it. */
export const flow = defineFlow({
  id: authorizationCodePkceSummary.id,
  summary: authorizationCodePkceSummary,
  machine: authorizationCodePkceMachine,
  steps: STEPS,
  stage,
  server: {},
  comparison: {
    clientRunsIn: 'browser',
    tokensLive:
      'In the browser, in the app’s JavaScript memory: out of the URL and the history, but within reach of any script injected into the page; the refresh token is rotated at every use for that reason.',
  },
  plan: [
    'pkce',
    'authorizationRequest',
    'loginPage',
    'credentials',
    'consentPage',
    'approval',
    'callback',
    'tokenRequest',
    'tokenResponse',
    'apiRequest',
    'photos',
  ] satisfies StepId[],
  branches: { denial: ['deniedCallback', 'accessDenied'], deniedCallback: ['accessDenied'] },
  tokensOf: (snapshot) => heldTokens((snapshot.context as AuthorizationCodePkceContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
