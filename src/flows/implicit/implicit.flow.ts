import { LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import { apiFacts, factsFromTable, failureFacts, lifetime, type FactTable } from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import type { FragmentCheck } from './implicit.fragment'
import { implicitMachine } from './implicit.machine'
import type { ImplicitContext } from './implicit.setup'
import { BROWSER, STEPS, type StepId } from './implicit.steps'
import { implicitSummary } from './implicit.summary'

/**
 * The app is JavaScript in Alice's browser and never talks to the authorization server itself: no
 * line between them, because there is no token request.
 */
const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: {
      name: 'Legacy Printshop app',
      detail: `${LEGACY_APP_CLIENT.clientId}, in the browser`,
    },
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
    ['client', 'resource-server'],
  ],
  surfaces: [{ kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" }],
}

/** The parameters of a URL's query or fragment that the learner should see. */
function parameterFacts(params: URLSearchParams, names: readonly string[]): StepFact[] {
  return names.flatMap((name) => {
    const value = params.get(name)
    return value === null
      ? []
      : [{ label: name, value, ...(name === 'error_description' ? { format: 'text' } : {}) }]
  })
}

/** What the app's script read, and its two checks. */
function fragmentFacts(fragment: FragmentCheck | undefined, now: number): StepFact[] {
  if (!fragment) return []
  const params = new URLSearchParams(new URL(fragment.url).hash.slice(1))
  const facts: StepFact[] = fragment.ok
    ? [
        { label: 'access_token', value: fragment.accessToken },
        { label: 'token_type', value: fragment.tokenType },
        { label: 'expires_in', value: lifetime(fragment.expiresIn, now) },
        { label: 'scope', value: fragment.scope ?? '(as requested)' },
        { label: 'refresh_token', value: 'none: the implicit grant never issues one' },
      ]
    : parameterFacts(params, ['error', 'error_description'])
  for (const check of fragment.checks)
    facts.push({
      label: `${check.label} received`,
      value: params.get(check.label) ?? '(none)',
      verdict: { ok: check.ok, text: check.text },
    })
  return facts
}

const FACTS: FactTable<ImplicitContext, StepId> = {
  request: ({ request }) => {
    if (!request) return []
    const params = new URL(request.url).searchParams
    return [
      ...parameterFacts(params, ['response_type', 'client_id', 'redirect_uri', 'scope', 'state']),
      {
        label: 'code_challenge',
        value: 'none: there is no code, so nothing for PKCE to bind',
        format: 'text',
      },
    ]
  },
  callback: ({ fragment, history }) =>
    fragment
      ? [
          { label: 'address bar', value: fragment.url },
          {
            label: 'browser history, latest entry',
            value: history?.at(-1) ?? '(empty)',
            verdict: history?.some((url) => url.includes('access_token='))
              ? {
                  ok: false,
                  text: 'the access token is in the history, for anyone at this computer',
                }
              : { ok: true, text: 'no access token in the history' },
          },
          {
            label: 'what the request to the app carried',
            value: `GET ${new URL(fragment.url).pathname}: no fragment, so no token`,
            format: 'text',
          },
        ]
      : [],
  deniedCallback: ({ fragment }) =>
    fragment ? [{ label: 'address bar', value: fragment.url }] : [],
  readFragment: ({ fragment }, now) => [
    {
      label: 'read by',
      value: 'the app’s own script (location.hash), not oauth4webapi',
      format: 'text',
    },
    ...fragmentFacts(fragment, now),
  ],
  accessDenied: ({ fragment }, now) => fragmentFacts(fragment, now),
  fragmentRejected: ({ fragment }, now) => fragmentFacts(fragment, now),
  photos: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  refusedRequest: ({ refusal }) =>
    refusal?.redirectTo
      ? [
          { label: 'server profile now', value: 'oauth2.1 (the default)', format: 'text' },
          ...parameterFacts(new URL(refusal.redirectTo).searchParams, [
            'error',
            'error_description',
          ]),
        ]
      : [],
  refused: ({ refusal }) =>
    refusal?.redirectTo
      ? parameterFacts(new URL(refusal.redirectTo).searchParams, ['error', 'error_description'])
      : [],
  failed: ({ error }) => failureFacts(error),
}

/** The implicit grant (RFC 6749 §4.2), a legacy flow, as the player runs it. */
export const flow = defineFlow({
  id: implicitSummary.id,
  summary: implicitSummary,
  machine: implicitMachine,
  steps: STEPS,
  stage,
  server: { profile: 'rfc6749' },
  comparison: {
    clientRunsIn: 'browser',
    tokensLive:
      'In the browser: in the address bar, in the history, and in the page’s JavaScript, within reach of every script on the page.',
  },
  plan: [
    'request',
    'authorizationRequest',
    'loginPage',
    'credentials',
    'consentPage',
    'approval',
    'callback',
    'readFragment',
    'apiRequest',
    'photos',
    'useInstead',
  ] satisfies StepId[],
  branches: {
    refusedRequest: ['refusedCallback', 'refused'],
    refusedCallback: ['refused'],
    denial: ['deniedCallback', 'accessDenied'],
    deniedCallback: ['accessDenied'],
  },
  tokensOf: (snapshot) => {
    const { fragment } = snapshot.context as ImplicitContext
    return fragment?.ok ? [{ name: 'access_token', value: fragment.accessToken }] : []
  },
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
