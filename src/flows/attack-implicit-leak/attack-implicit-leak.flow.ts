import { LEGACY_APP_CLIENT, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { tokenRefusalFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { MALLORY, malloryScreen, tail, type Holding } from '../kit/attack/mallory'
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
import type { FlowStage, IssuedToken, StepFact } from '../kit/flow-module'
import { implicitLeakMachine } from './attack-implicit-leak.machine'
import type { ImplicitLeakContext } from './attack-implicit-leak.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-implicit-leak.steps'
import { attackImplicitLeakSummary } from './attack-implicit-leak.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: 'Library computer', detail: 'shared' },
    client: {
      name: 'Printshop web app',
      detail: `${PHOTO_SPA_CLIENT.clientId} · implicit: ${LEGACY_APP_CLIENT.clientId}`,
    },
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
    ['attacker', 'user-agent'],
    ['attacker', 'authorization-server'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: 'The library computer’s browser' },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's laptop" },
  ],
}

const fragmentOf = (url: string | undefined) =>
  new URLSearchParams(new URL(url ?? 'about:blank').hash.slice(1))

function callbackRead({ implicit, callback }: ImplicitLeakContext): StepFact[] {
  if (callback) return callbackFacts(callback)
  if (!implicit) return []
  return [
    { label: 'address bar', value: implicit.url },
    ...(implicit.ok
      ? [
          { label: 'access_token, read from the fragment', value: implicit.accessToken },
          { label: 'token_type', value: implicit.tokenType },
        ]
      : [{ label: 'the script refused', value: implicit.message, format: 'text' as const }]),
    ...implicit.checks.map((check) => ({
      label: `${check.label} received`,
      value: fragmentOf(implicit.url).get(check.label) ?? '(none)',
      verdict: { ok: check.ok, text: check.text },
    })),
  ]
}

const FACTS: FactTable<ImplicitLeakContext, StepId> = {
  aliceSignsIn: ({ start, approval }) => [
    {
      label: 'response_type',
      value: new URL(start?.url ?? 'about:blank').searchParams.get('response_type') ?? '',
    },
    { label: 'Location', value: approval?.redirectTo ?? '(none)' },
  ],
  callback: callbackRead,
  tokenRequest: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  history: ({ history, copied }) => [
    ...(history ?? []).map((url, i) => ({ label: `history entry ${i + 1}`, value: url })),
    {
      label: 'Mallory copies',
      value: copied ? `history entry ${(history ?? []).indexOf(copied) + 1}` : '(nothing useful)',
      format: 'text',
    },
  ],
  mallorysApiCall: ({ copied }) => [
    {
      label: 'access_token from the fragment',
      value: fragmentOf(copied).get('access_token') ?? '',
    },
  ],
  alicesPhotos: ({ api }) => apiFacts(api),
  mallorysTokenRequest: ({ copied }) => [
    {
      label: 'code from the history',
      value: new URL(copied ?? 'about:blank').searchParams.get('code') ?? '',
    },
    { label: 'code_verifier sent', value: '(none: it never left the app)', format: 'text' },
  ],
  codeRefused: ({ stolen }) =>
    tokenRefusalFacts(
      'the authorization server, at its token endpoint',
      stolen,
      'a code is single-use, short-lived and bound to its PKCE challenge (RFC 6749 §4.1.2, RFC 7636 §4.6)',
    ),
  failed: ({ error }) => failureFacts(error),
}

function holdings({ copied, api }: ImplicitLeakContext): Holding[] {
  if (!copied) return []
  const token = fragmentOf(copied).get('access_token')
  if (token)
    return [
      { label: 'From the history, Alice’s access token', value: tail(token) },
      ...(api?.status === 200 ? [{ label: 'Alice’s photos', value: 'downloaded' }] : []),
    ]
  return [
    {
      label: 'From the history, a spent code',
      value: tail(new URL(copied).searchParams.get('code') ?? ''),
    },
  ]
}

/** The app's tokens: from its token response, or read from the implicit fragment. */
function tokensOf(context: ImplicitLeakContext): IssuedToken[] {
  if (context.implicit?.ok) return [{ name: 'access_token', value: context.implicit.accessToken }]
  return heldTokens(context.tokens)
}

/** Credential leakage via browser history, with the code flow (instead of implicit) as the switch. */
export const flow = defineFlow({
  id: attackImplicitLeakSummary.id,
  summary: attackImplicitLeakSummary,
  machine: implicitLeakMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'code',
      label: 'Authorization code flow',
      on: 'The app uses the code flow with PKCE: only a one-time code, bound to its verifier, travels in a URL.',
      off: 'The app uses the implicit grant, which the server allows as RFC 6749 did: the access token itself comes back in the URL fragment.',
      default: true,
    },
  ],
  server: (switches) => (switches.code === false ? { profile: 'rfc6749' } : {}),
  plan: [
    'aliceSignsIn',
    'callback',
    'tokenRequest',
    'history',
    'mallorysTokenRequest',
    'codeRefused',
  ] satisfies StepId[],
  planFor: (switches): StepId[] =>
    switches.code === false
      ? ['aliceSignsIn', 'callback', 'history', 'mallorysApiCall', 'alicesPhotos']
      : [
          'aliceSignsIn',
          'callback',
          'tokenRequest',
          'history',
          'mallorysTokenRequest',
          'codeRefused',
        ],
  branches: {},
  tokensOf: (snapshot) => tokensOf(snapshot.context as ImplicitLeakContext),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => {
    const context = snapshot.context as ImplicitLeakContext
    return { [MALLORY_SCREEN]: malloryScreen(holdings(context), context.api) }
  },
})
