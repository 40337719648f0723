import { PRINTSHOP_CLIENT } from '../../protocol/demo-world'
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
import { authorizationCodeConfidentialMachine } from './authorization-code-confidential.machine'
import type { AuthorizationCodeConfidentialContext } from './authorization-code-confidential.setup'
import { BROWSER, STEPS, type StepId } from './authorization-code-confidential.steps'
import { authorizationCodeConfidentialSummary } from './authorization-code-confidential.summary'

/** The five roles of RFC 6749 §1, the client being Printshop's web server. */
const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop (web server)', detail: PRINTSHOP_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  // The places the public client's flow uses, so that the two read alike side by side.
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

const FACTS: FactTable<AuthorizationCodeConfidentialContext, StepId> = {
  pkce: ({ start }) =>
    start
      ? [
          { label: 'code_verifier (kept on Printshop’s server)', value: start.codeVerifier },
          { label: 'code_challenge = BASE64URL(SHA-256(verifier))', value: start.codeChallenge },
          { label: 'state', value: start.state },
        ]
      : [],
  callback: ({ callback }) => callbackFacts(callback),
  deniedCallback: ({ callback }) => callbackFacts(callback),
  accessDenied: ({ callback }) => callbackFacts(callback),
  stateMismatch: ({ callback }) => callbackFacts(callback),
  issuerMismatch: ({ callback }) => callbackFacts(callback),
  tokenRequest: ({ start }) => [
    {
      label: 'client authentication',
      value: `client_secret_basic: ${PRINTSHOP_CLIENT.clientId} and its secret, form-encoded, joined by a colon and base64-encoded in Authorization: Basic`,
      format: 'text',
    },
    { label: 'client_secret (kept on Printshop’s server)', value: PRINTSHOP_CLIENT.clientSecret },
    { label: 'code_verifier sent', value: start?.codeVerifier ?? '(none)' },
  ],
  tokenResponse: ({ tokens }, now) => [
    ...tokenResponseFacts(tokens, now),
    {
      label: 'where the tokens are kept',
      value: 'on Printshop’s server, not in the browser',
      format: 'text',
    },
  ],
  tokenError: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  photos: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

/** The authorization code grant for a confidential web app, as the player runs it. */
export const flow = defineFlow({
  id: authorizationCodeConfidentialSummary.id,
  summary: authorizationCodeConfidentialSummary,
  machine: authorizationCodeConfidentialMachine,
  steps: STEPS,
  stage,
  server: {},
  comparison: {
    clientRunsIn: 'server',
    tokensLive:
      'On Printshop’s server, with its client secret: Alice’s browser only ever carries the code, so a script injected into Printshop’s pages finds no token.',
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
    'contrast',
  ] satisfies StepId[],
  branches: { denial: ['deniedCallback', 'accessDenied'], deniedCallback: ['accessDenied'] },
  tokensOf: (snapshot) =>
    heldTokens((snapshot.context as AuthorizationCodeConfidentialContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
