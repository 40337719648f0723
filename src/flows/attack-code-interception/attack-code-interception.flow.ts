import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { stolenTokenFacts, tokenRefusalFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { malloryScreen, tail, type Holding } from '../kit/attack/mallory'
import { defineFlow } from '../kit/define-flow'
import { apiFacts, factsFromTable, failureFacts, heldTokens, type FactTable } from '../kit/facts'
import type { FlowStage } from '../kit/flow-module'
import { codeInterceptionMachine } from './attack-code-interception.machine'
import type { CodeInterceptionContext } from './attack-code-interception.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-code-interception.steps'
import { attackCodeInterceptionSummary } from './attack-code-interception.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's phone" },
    client: { name: 'Printshop app', detail: PHOTO_SPA_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
    attacker: { name: "Mallory's app", detail: 'on the same phone' },
  },
  layout: ATTACK_LAYOUT,
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['attacker', 'authorization-server'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's phone" },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's app" },
  ],
}

const codeOf = (url: string | null | undefined) =>
  url ? (new URL(url).searchParams.get('code') ?? '(none)') : '(none)'

const FACTS: FactTable<CodeInterceptionContext, StepId> = {
  appStarts: ({ start }) =>
    start
      ? [
          {
            label: 'code_challenge (S256)',
            value: start.codeChallenge ?? '(none: PKCE is off)',
          },
          { label: 'code_verifier (kept in the app)', value: start.codeVerifier ?? '(none)' },
          { label: 'state', value: start.state ?? '(none)' },
        ]
      : [],
  aliceApproves: ({ approval }) => [
    { label: 'Location', value: approval?.redirectTo ?? '(no redirect)' },
    { label: 'code', value: codeOf(approval?.redirectTo) },
  ],
  intercepted: ({ intercepted }) => [
    { label: 'URL Mallory’s app received', value: intercepted ?? '(none)' },
    { label: 'code', value: codeOf(intercepted) },
  ],
  mallorysTokenRequest: ({ start }) => [
    {
      label: 'code_challenge stored with the code',
      value: start?.codeChallenge ?? '(none: the code is bound to nothing secret)',
    },
    { label: 'code_verifier sent', value: '(none: Mallory never saw it)', format: 'text' },
  ],
  refused: ({ stolen }) =>
    tokenRefusalFacts(
      'the authorization server, at its token endpoint',
      stolen,
      'PKCE: BASE64URL(SHA256(code_verifier)) must equal the stored code_challenge (RFC 7636 §4.6)',
    ),
  mallorysTokens: ({ stolen }) => stolenTokenFacts(stolen),
  alicesPhotos: ({ api, stolen }) => [
    ...apiFacts(api),
    {
      label: 'Mallory also holds',
      value: `a refresh token ${tail(stolen?.ok ? stolen.refreshToken : undefined)}`,
    },
  ],
  failed: ({ error }) => failureFacts(error),
}

function holdings({ intercepted, stolen }: CodeInterceptionContext): Holding[] {
  const held: Holding[] = []
  if (intercepted) held.push({ label: 'Alice’s code', value: codeOf(intercepted) })
  if (stolen?.ok) {
    held.push({ label: 'Alice’s access token', value: tail(stolen.accessToken) })
    if (stolen.refreshToken)
      held.push({ label: 'Alice’s refresh token', value: tail(stolen.refreshToken) })
  } else if (stolen) held.push({ label: 'Her token request', value: `refused: ${stolen.error}` })
  return held
}

/** The authorization code interception attack, with PKCE as the switch. */
export const flow = defineFlow({
  id: attackCodeInterceptionSummary.id,
  summary: attackCodeInterceptionSummary,
  machine: codeInterceptionMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'pkce',
      label: 'PKCE',
      on: 'The app sends a code_challenge; the server redeems the code only with the matching code_verifier.',
      off: 'The app sends no code_challenge and the server asks for none: whoever holds the code can redeem it.',
      default: true,
    },
  ],
  server: (switches) => ({ defences: { requirePkce: switches.pkce !== false } }),
  plan: [
    'appStarts',
    'aliceApproves',
    'intercepted',
    'mallorysTokenRequest',
    'refused',
  ] satisfies StepId[],
  planFor: (switches) =>
    switches.pkce === false
      ? ([
          'appStarts',
          'aliceApproves',
          'intercepted',
          'mallorysTokenRequest',
          'mallorysTokens',
          'mallorysApiCall',
          'alicesPhotos',
        ] satisfies StepId[])
      : ([
          'appStarts',
          'aliceApproves',
          'intercepted',
          'mallorysTokenRequest',
          'refused',
        ] satisfies StepId[]),
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as CodeInterceptionContext).stolen),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => {
    const context = snapshot.context as CodeInterceptionContext
    return { [MALLORY_SCREEN]: malloryScreen(holdings(context), context.api) }
  },
})
