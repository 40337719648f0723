import { LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, ScreenView, StepFact } from '../kit/flow-module'
import { passwordMachine } from './password.machine'
import type { PasswordContext } from './password.setup'
import { APP_SCREEN, STEPS, type StepId } from './password.steps'
import { passwordSummary } from './password.summary'

/** No browser redirects: Alice, the app (with its own form), and the two servers. */
const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    client: { name: 'Legacy Printshop app', detail: LEGACY_APP_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  layout: {
    wide: {
      'resource-owner': { col: 0, row: 0 },
      client: { col: 1, row: 1 },
      'authorization-server': { col: 2, row: 0 },
      'resource-server': { col: 2, row: 1 },
    },
    // The servers to the right, above and below the app: each message runs along a diagonal with
    // room for its label.
    narrow: {
      'resource-owner': { col: 0, row: 0 },
      client: { col: 0, row: 1 },
      'authorization-server': { col: 1, row: 0 },
      'resource-server': { col: 1, row: 2 },
    },
  },
  links: [
    ['resource-owner', 'client'],
    ['client', 'authorization-server'],
    ['client', 'resource-server'],
  ],
  surfaces: [{ kind: 'screen', id: APP_SCREEN, role: 'client', title: 'Legacy Printshop app' }],
}

/** What the app's request carried: Alice's password among its fields. */
const sentFacts = ({ typed }: PasswordContext): StepFact[] => [
  { label: 'grant_type', value: 'password' },
  { label: 'username sent', value: typed.username },
  { label: 'password sent, in the request body', value: typed.password },
  {
    label: 'client authentication',
    value: `client_secret_basic: ${LEGACY_APP_CLIENT.clientId} and its secret`,
    format: 'text',
  },
]

const FACTS: FactTable<PasswordContext, StepId> = {
  appForm: ({ typed }) => [
    { label: 'username, as the app received it', value: typed.username },
    { label: 'password, as the app received it', value: typed.password },
  ],
  tokenRequest: sentFacts,
  wrongPasswordRequest: sentFacts,
  refusedRequest: (context) => [
    { label: 'server profile now', value: 'oauth2.1 (the default)', format: 'text' },
    ...sentFacts(context),
  ],
  tokenResponse: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  wrongPassword: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  refused: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  tokenError: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  photos: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  passwordHeld: ({ typed, tokens }) => [
    { label: 'Alice’s password, seen by the app', value: typed.password },
    {
      label: 'what the token allows',
      value: tokens?.ok ? `scope ${tokens.scope ?? '(as requested)'}` : '(no token)',
      format: 'text',
    },
    { label: 'what the password allows', value: 'everything Alice can do', format: 'text' },
  ],
  failed: ({ error }) => failureFacts(error),
}

/** The app's own screen: its sign-in form, filled in as Alice typed it. */
function screensOf(context: PasswordContext): Record<string, ScreenView> {
  const { typed, tokens } = context
  return {
    [APP_SCREEN]: {
      heading: tokens?.ok
        ? 'Signed in to Legacy Printshop'
        : 'Sign in with your photos.example account',
      lines: [
        { label: 'Username', value: typed.username },
        { label: 'Password (the app sees it)', value: typed.password, large: true },
      ],
    },
  }
}

/** The password grant (RFC 6749 §4.3), a legacy flow, as the player runs it. */
export const flow = defineFlow({
  id: passwordSummary.id,
  summary: passwordSummary,
  machine: passwordMachine,
  steps: STEPS,
  stage,
  server: { profile: 'rfc6749' },
  comparison: {
    clientRunsIn: 'server',
    tokensLive:
      'On the legacy app’s server, which also had Alice’s password in its hands, and may have kept it.',
  },
  plan: [
    'appForm',
    'tokenRequest',
    'tokenResponse',
    'apiRequest',
    'photos',
    'passwordHeld',
    'useInstead',
  ] satisfies StepId[],
  branches: { wrongPasswordRequest: ['wrongPassword'], refusedRequest: ['refused'] },
  tokensOf: (snapshot) => heldTokens((snapshot.context as PasswordContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => screensOf(snapshot.context as PasswordContext),
})
