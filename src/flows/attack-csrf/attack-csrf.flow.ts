import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { tokenRefusalFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { MALLORY } from '../kit/attack/mallory'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  callbackFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import { csrfMachine } from './attack-csrf.machine'
import type { CsrfContext } from './attack-csrf.setup'
import { ALICE_BROWSER, MALLORY_BROWSER, STEPS, type StepId } from './attack-csrf.steps'
import { attackCsrfSummary } from './attack-csrf.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop web app', detail: PHOTO_SPA_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
    attacker: MALLORY,
  },
  layout: ATTACK_LAYOUT,
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['user-agent', 'attacker'],
    ['client', 'authorization-server'],
    ['client', 'resource-server'],
    ['attacker', 'authorization-server'],
  ],
  surfaces: [
    { kind: 'browser', id: ALICE_BROWSER, role: 'user-agent', title: "Alice's browser" },
    { kind: 'browser', id: MALLORY_BROWSER, role: 'attacker', title: "Mallory's browser" },
  ],
}

const param = (url: string | null | undefined, name: string) =>
  (url ? new URL(url).searchParams.get(name) : null) ?? '(none)'

/** The state and PKCE values an app run stored, in one browser or the other. */
function storedFacts(whose: string, start: CsrfContext['alices']): StepFact[] {
  if (!start) return []
  return [
    { label: `state stored for ${whose}`, value: start.start.state ?? '(none: state is off)' },
    {
      label: `code_challenge for ${whose}`,
      value: start.start.codeChallenge ?? '(none: PKCE is off)',
    },
  ]
}

const FACTS: FactTable<CsrfContext, StepId> = {
  mallorysCode: ({ mallorys }) =>
    mallorys
      ? [
          {
            label: 'Mallory’s code (for her account)',
            value: param(mallorys.answer.redirectTo, 'code'),
          },
          ...storedFacts('Mallory’s browser', mallorys),
          { label: 'her link', value: mallorys.trap },
        ]
      : [],
  aliceConnects: ({ alices }) => storedFacts('Alice’s browser', alices),
  aliceOpensLink: ({ lure }) => [{ label: 'Location', value: lure?.redirectTo ?? '(none)' }],
  forgedCallback: ({ callback }) => callbackFacts(callback),
  stateRefused: ({ callback, alices }) => [
    { label: 'refused by', value: 'the Printshop web app (the client)', format: 'text' },
    { label: 'state received', value: param(callback?.url, 'state') },
    { label: 'state stored for Alice', value: alices?.start.state ?? '(none)' },
    ...(callback && !callback.ok
      ? [{ label: 'oauth4webapi says', value: callback.message, format: 'text' as const }]
      : []),
    {
      label: 'the check',
      value: 'state must be the value this browser’s request sent (RFC 6749 §10.12)',
      format: 'text',
    },
  ],
  tokenRequest: ({ alices }) => [
    { label: 'code', value: '(Mallory’s)', format: 'text' },
    { label: 'code_verifier sent', value: alices?.start.codeVerifier ?? '(none: PKCE is off)' },
  ],
  pkceRefused: ({ tokens }) =>
    tokenRefusalFacts(
      'the authorization server, at its token endpoint',
      tokens,
      'PKCE: Alice’s code_verifier must hash to the code_challenge the code was issued with (RFC 7636 §4.6)',
    ),
  linkedToMallory: ({ api }) => [
    ...apiFacts(api),
    {
      label: 'Mallory gains',
      value: 'Alice’s Printshop session, linked to Mallory’s account',
      format: 'text',
    },
  ],
  failed: ({ error }) => failureFacts(error),
}

/** CSRF on the redirect, with state and PKCE as the switches. */
export const flow = defineFlow({
  id: attackCsrfSummary.id,
  summary: attackCsrfSummary,
  machine: csrfMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'state',
      label: 'state',
      on: 'The app sends a random state and takes a callback only with that state back.',
      off: 'The app sends no state and takes any callback that reaches it.',
      default: true,
    },
    {
      id: 'pkce',
      label: 'PKCE',
      on: 'The app redeems every code with the code_verifier of its own request; the server checks it.',
      off: 'No PKCE: a code is bound to nothing in the browser that started the request.',
      default: true,
    },
  ],
  server: (switches) => ({
    defences: { requirePkce: switches.pkce !== false, requireState: false },
  }),
  plan: [
    'mallorysCode',
    'aliceConnects',
    'aliceOpensLink',
    'forgedCallback',
    'stateRefused',
  ] satisfies StepId[],
  planFor: (switches): StepId[] => {
    const start: StepId[] = ['mallorysCode', 'aliceConnects', 'aliceOpensLink', 'forgedCallback']
    if (switches.state !== false) return [...start, 'stateRefused']
    if (switches.pkce !== false) return [...start, 'tokenRequest', 'pkceRefused']
    return [...start, 'tokenRequest', 'apiRequest', 'linkedToMallory']
  },
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as CsrfContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
