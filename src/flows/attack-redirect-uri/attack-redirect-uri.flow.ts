import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { stolenTokenFacts } from '../kit/attack/attack-facts'
import { ATTACK_LAYOUT } from '../kit/attack/attack-stage'
import { MALLORY, malloryScreen, tail, type Holding } from '../kit/attack/mallory'
import { defineFlow } from '../kit/define-flow'
import { apiFacts, factsFromTable, failureFacts, heldTokens, type FactTable } from '../kit/facts'
import type { FlowStage } from '../kit/flow-module'
import { redirectUriMachine } from './attack-redirect-uri.machine'
import { CRAFTED_REDIRECT_URI, type RedirectUriContext } from './attack-redirect-uri.setup'
import { BROWSER, MALLORY_SCREEN, STEPS, type StepId } from './attack-redirect-uri.steps'
import { attackRedirectUriSummary } from './attack-redirect-uri.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop web app', detail: 'spa.printshop.example' },
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
    ['attacker', 'authorization-server'],
    ['attacker', 'resource-server'],
  ],
  surfaces: [
    { kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" },
    { kind: 'screen', id: MALLORY_SCREEN, role: 'attacker', title: "Mallory's laptop" },
  ],
}

const codeIn = (url: string | null | undefined) =>
  (url ? new URL(url).searchParams.get('code') : null) ?? '(none)'

const FACTS: FactTable<RedirectUriContext, StepId> = {
  craftedLink: ({ crafted }) =>
    crafted
      ? [
          { label: 'registered redirect URI', value: PHOTO_SPA_CLIENT.redirectUri },
          { label: 'redirect_uri Mallory sends', value: CRAFTED_REDIRECT_URI },
          {
            label: 'where a browser goes',
            value: new URL(CRAFTED_REDIRECT_URI).href,
          },
          { label: 'Mallory’s code_verifier (kept)', value: crafted.codeVerifier ?? '(none)' },
        ]
      : [],
  aliceOpensLink: ({ authorize }) =>
    authorize
      ? [
          { label: 'status', value: String(authorize.status) },
          { label: 'Location', value: authorize.redirectTo ?? '(none: no redirect)' },
        ]
      : [],
  refused: ({ authorize }) => [
    {
      label: 'refused by',
      value: 'the authorization server, at its authorization endpoint',
      format: 'text',
    },
    { label: 'status', value: String(authorize?.status ?? '') },
    { label: 'error', value: authorize?.said.code ?? '(not on the page)' },
    {
      label: 'error_description',
      value: authorize?.said.alert ?? '(not on the page)',
      format: 'text',
    },
    {
      label: 'the check',
      value:
        'the redirect_uri must equal a registered one, character by character (RFC 9700 §4.1.3, RFC 6749 §3.1.2.3)',
      format: 'text',
    },
  ],
  aliceApproves: ({ approval }) => [
    { label: 'Location', value: approval?.redirectTo ?? '(none)' },
    { label: 'code', value: codeIn(approval?.redirectTo) },
  ],
  galleryPage: ({ gallery }) => [{ label: 'address bar', value: gallery?.url ?? '(none)' }],
  imageLoads: ({ images, leaked }) => [
    ...(images ?? []).map((image) => ({
      label: `Referer sent to ${new URL(image.url).host}`,
      value: image.referer ?? '(none)',
    })),
    { label: 'code Mallory now holds', value: codeIn(leaked) },
  ],
  mallorysTokenRequest: ({ crafted }) => [
    { label: 'redirect_uri sent', value: CRAFTED_REDIRECT_URI },
    { label: 'code_verifier sent (Mallory’s own)', value: crafted?.codeVerifier ?? '(none)' },
  ],
  mallorysApiCall: ({ stolen }) => stolenTokenFacts(stolen),
  alicesPhotos: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

function holdings({ leaked, stolen }: RedirectUriContext): Holding[] {
  const held: Holding[] = []
  if (leaked) held.push({ label: 'From her server log, Alice’s code', value: codeIn(leaked) })
  if (stolen?.ok) held.push({ label: 'Alice’s access token', value: tail(stolen.accessToken) })
  return held
}

/** Insufficient redirect URI validation, with exact matching as the switch. */
export const flow = defineFlow({
  id: attackRedirectUriSummary.id,
  summary: attackRedirectUriSummary,
  machine: redirectUriMachine,
  steps: STEPS,
  stage,
  switches: [
    {
      id: 'exact',
      label: 'Exact redirect URI matching',
      on: 'The server accepts a redirect_uri only if it equals a registered one, character by character.',
      off: 'The server accepts any redirect_uri that starts with a registered one (prefix matching).',
      default: true,
    },
  ],
  server: (switches) => ({ defences: { exactRedirectMatching: switches.exact !== false } }),
  plan: ['craftedLink', 'aliceOpensLink', 'refused'] satisfies StepId[],
  planFor: (switches): StepId[] =>
    switches.exact === false
      ? [
          'craftedLink',
          'aliceOpensLink',
          'aliceApproves',
          'galleryPage',
          'imageLoads',
          'mallorysTokenRequest',
          'mallorysApiCall',
          'alicesPhotos',
        ]
      : ['craftedLink', 'aliceOpensLink', 'refused'],
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as RedirectUriContext).stolen),
  factsOf: factsFromTable(FACTS),
  screensOf: (snapshot) => {
    const context = snapshot.context as RedirectUriContext
    return { [MALLORY_SCREEN]: malloryScreen(holdings(context), context.api) }
  },
})
