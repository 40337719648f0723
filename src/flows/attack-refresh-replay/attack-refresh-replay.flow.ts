import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { stolenTokenFacts, tokenRefusalFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { MALLORY, malloryScreen, tail, type Holding } from '../kit/attack/mallory'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, IssuedToken } from '../kit/flow-module'
import { refreshReplayMachine } from './attack-refresh-replay.machine'
import { refreshTokenOf, type RefreshReplayContext } from './attack-refresh-replay.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-refresh-replay.steps'
import { attackRefreshReplaySummary } from './attack-refresh-replay.summary'

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
    ['client', 'authorization-server'],
    ['client', 'attacker'],
    ['attacker', 'authorization-server'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's laptop" },
  ],
}

const FACTS: FactTable<RefreshReplayContext, StepId> = {
  earlier: ({ tokens }, now) => [
    ...tokenResponseFacts(tokens, now),
    { label: 'the app’s refresh token', value: tail(refreshTokenOf(tokens)) },
  ],
  stolen: ({ stolenRefreshToken, collected }) => [
    { label: 'refresh token sent to mallory.example', value: tail(stolenRefreshToken) },
    { label: 'mallory.example answered', value: String(collected ?? '') },
  ],
  clientRefreshes: ({ appRefresh, stolenRefreshToken }, now) => [
    ...tokenResponseFacts(appRefresh, now),
    { label: 'refresh token sent', value: tail(stolenRefreshToken) },
    {
      label: 'refresh token the app holds now',
      value: appRefresh?.ok
        ? appRefresh.refreshToken
          ? `${tail(appRefresh.refreshToken)} (a new one: rotated)`
          : `${tail(stolenRefreshToken)} (the same: not rotated)`
        : '(none)',
    },
  ],
  mallorysRefresh: ({ stolenRefreshToken, mallorys }, now) => [
    { label: 'refresh token Mallory sends', value: tail(stolenRefreshToken) },
    ...tokenResponseFacts(mallorys, now),
  ],
  appCutOff: ({ tokens, appAgain }, now) => [
    { label: 'refresh token the app sends', value: tail(refreshTokenOf(tokens)) },
    ...tokenResponseFacts(appAgain, now),
  ],
  theftDetected: ({ mallorys, appAgain }) => [
    ...tokenRefusalFacts(
      'the authorization server, at its token endpoint (Mallory’s request)',
      mallorys,
      'a rotated refresh token presented again revokes the grant (RFC 9700 §4.14.2)',
    ),
    {
      label: 'and then the app’s own',
      value: appAgain?.ok === false ? (appAgain.errorDescription ?? appAgain.error) : '(accepted)',
      format: 'text',
    },
  ],
  malloryFirst: ({ stolenRefreshToken, mallorys }, now) => [
    { label: 'refresh token Mallory sends (unused so far)', value: tail(stolenRefreshToken) },
    ...tokenResponseFacts(mallorys, now),
  ],
  appRefusedFirst: ({ tokens, appAgain }, now) => [
    { label: 'refresh token the app sends (Mallory used it)', value: tail(refreshTokenOf(tokens)) },
    ...tokenResponseFacts(appAgain, now),
  ],
  mallorysTokenDead: ({ mallorys, mallorysAgain }, now) => [
    { label: 'Mallory’s new refresh token', value: tail(refreshTokenOf(mallorys)) },
    ...tokenResponseFacts(mallorysAgain, now),
  ],
  reuseDetected: ({ appAgain, mallorysAgain }) => [
    ...tokenRefusalFacts(
      'the authorization server, at its token endpoint (Mallory’s second refresh)',
      mallorysAgain,
      'a used refresh token presented again, by the app this time, revoked the grant (RFC 9700 §4.14.2)',
    ),
    {
      label: 'the app’s refresh, which raised the alarm',
      value: appAgain?.ok === false ? (appAgain.errorDescription ?? appAgain.error) : '(accepted)',
      format: 'text',
    },
  ],
  mallorysApiCall: ({ mallorys }) => stolenTokenFacts(mallorys),
  alicesPhotos: ({ api, stolenRefreshToken }) => [
    ...apiFacts(api),
    {
      label: 'Mallory’s refresh token still works',
      value: tail(stolenRefreshToken),
    },
  ],
  failed: ({ error }) => failureFacts(error),
}

function holdings({
  stolenRefreshToken,
  mallorys,
  appAgain,
  mallorysAgain,
}: RefreshReplayContext): Holding[] {
  const held: Holding[] = []
  const grantRevoked = mallorys?.ok === false || appAgain?.ok === false
  const marked = (token: string, revoked: boolean) => `${tail(token)}${revoked ? ' (revoked)' : ''}`
  if (stolenRefreshToken)
    held.push({ label: 'Alice’s refresh token', value: marked(stolenRefreshToken, grantRevoked) })
  if (mallorys?.ok) {
    held.push({ label: 'A fresh access token', value: tail(mallorys.accessToken) })
    if (mallorys.refreshToken && mallorys.refreshToken !== stolenRefreshToken)
      held.push({
        label: 'Her own new refresh token',
        value: marked(mallorys.refreshToken, grantRevoked || mallorysAgain?.ok === false),
      })
  }
  return held
}

/** The app's tokens and, once she has some, Mallory's, each once. */
function tokensInPlay(context: RefreshReplayContext): IssuedToken[] {
  const all = [...heldTokens(context.tokens), ...heldTokens(context.mallorys)]
  return all.filter((token, i) => all.findIndex((t) => t.value === token.value) === i)
}

/** Mallory first: with rotation the app's refusal gives her away; without it she reads the photos. */
const MALLORY_FIRST_WITH_ROTATION = {
  malloryFirst: ['appRefusedFirst', 'mallorysTokenDead', 'reuseDetected'],
}

/** Refresh token replay, with rotation (and reuse detection) as the switch. */
export const flow = defineFlow({
  id: attackRefreshReplaySummary.id,
  summary: attackRefreshReplaySummary,
  machine: refreshReplayMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'rotation',
      label: 'Refresh token rotation',
      on: 'Every refresh returns a new refresh token; a used one presented again revokes the whole grant.',
      off: 'The refresh token stays the same for its whole life, and works any number of times.',
      default: true,
    },
  ],
  server: (switches) => ({ defences: { refreshTokenRotation: switches.rotation !== false } }),
  plan: [
    'earlier',
    'stolen',
    'clientRefreshes',
    'mallorysRefresh',
    'appCutOff',
    'theftDetected',
  ] satisfies StepId[],
  planFor: (switches): StepId[] =>
    switches.rotation === false
      ? [
          'earlier',
          'stolen',
          'clientRefreshes',
          'mallorysRefresh',
          'mallorysApiCall',
          'alicesPhotos',
        ]
      : ['earlier', 'stolen', 'clientRefreshes', 'mallorysRefresh', 'appCutOff', 'theftDetected'],
  branches: MALLORY_FIRST_WITH_ROTATION,
  branchesFor: (switches) =>
    switches.rotation === false
      ? { malloryFirst: ['mallorysApiCall', 'alicesPhotos'] }
      : MALLORY_FIRST_WITH_ROTATION,
  tokensOf: (snapshot) => tokensInPlay(snapshot.context as RefreshReplayContext),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => {
    const context = snapshot.context as RefreshReplayContext
    return { [MALLORY_SCREEN]: malloryScreen(holdings(context), context.api) }
  },
})
