import { ATTACKER_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { stolenTokenFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { malloryScreen, tail, type Holding } from '../kit/attack/mallory'
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
import { mixUpMachine } from './attack-mix-up.machine'
import type { MixUpContext } from './attack-mix-up.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-mix-up.steps'
import { attackMixUpSummary } from './attack-mix-up.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop web app', detail: PHOTO_SPA_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
    attacker: { name: 'Mallory', detail: 'her “photo cloud”, mallory.example' },
  },
  layout: ATTACK_LAYOUT,
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['user-agent', 'attacker'],
    ['client', 'attacker'],
    ['attacker', 'authorization-server'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's server log" },
  ],
}

const FACTS: FactTable<MixUpContext, StepId> = {
  toMallory: ({ start, bounce }) => [
    { label: 'issuer the app stores for this request', value: start?.issuer ?? '' },
    { label: 'sent to', value: start?.url ?? '' },
    { label: 'Mallory’s server redirects to', value: bounce?.redirectTo ?? '(none)' },
  ],
  aliceApproves: ({ approval }) => [{ label: 'Location', value: approval?.redirectTo ?? '(none)' }],
  callback: ({ callback }) => [
    ...callbackFacts(callback),
    { label: 'issuer the app expects', value: ATTACKER_ORIGIN },
  ],
  issRefused: ({ callback }) => [
    { label: 'refused by', value: 'the Printshop web app (the client)', format: 'text' },
    {
      label: 'iss received',
      value: callback ? (new URL(callback.url).searchParams.get('iss') ?? '') : '',
    },
    { label: 'issuer of the request', value: ATTACKER_ORIGIN },
    ...(callback && !callback.ok
      ? [{ label: 'oauth4webapi says', value: callback.message, format: 'text' as const }]
      : []),
    {
      label: 'the check',
      value: 'iss must equal the issuer the request was sent to (RFC 9207 §2.4)',
      format: 'text',
    },
  ],
  tokenToMallory: ({ appTokens, caught }, now) => [
    ...tokenResponseFacts(appTokens, now),
    { label: 'Mallory’s log: code', value: caught?.code ?? '(none)' },
    { label: 'Mallory’s log: code_verifier', value: caught?.codeVerifier ?? '(none)' },
  ],
  mallorysRedemption: ({ stolen }) => [
    { label: 'sent to', value: `${ISSUER}/token`, format: 'text' },
    ...stolenTokenFacts(stolen),
  ],
  alicesPhotos: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

function holdings({ caught, stolen }: MixUpContext): Holding[] {
  const held: Holding[] = []
  if (caught) {
    held.push({ label: 'POST /token brought a code', value: tail(caught.code) })
    held.push({ label: 'and its code_verifier', value: tail(caught.codeVerifier) })
  }
  if (stolen?.ok) held.push({ label: 'Alice’s access token', value: tail(stolen.accessToken) })
  return held
}

/** Mix-up, with the client's iss check as the switch. */
export const flow = defineFlow({
  id: attackMixUpSummary.id,
  summary: attackMixUpSummary,
  machine: mixUpMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'iss',
      label: 'iss check at the client',
      on: 'The app compares the iss of every answer with the issuer it sent the request to.',
      off: 'The app ignores iss: it assumes an answer comes from the server it chose.',
      default: true,
    },
  ],
  server: {},
  plan: ['toMallory', 'aliceApproves', 'callback', 'issRefused'] satisfies StepId[],
  planFor: (switches): StepId[] =>
    switches.iss === false
      ? [
          'toMallory',
          'aliceApproves',
          'callback',
          'tokenToMallory',
          'mallorysRedemption',
          'mallorysApiCall',
          'alicesPhotos',
        ]
      : ['toMallory', 'aliceApproves', 'callback', 'issRefused'],
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as MixUpContext).stolen),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => {
    const context = snapshot.context as MixUpContext
    return { [MALLORY_SCREEN]: malloryScreen(holdings(context), context.api) }
  },
})
