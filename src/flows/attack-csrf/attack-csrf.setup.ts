import { assign, fromPromise, setup } from 'xstate'
import { MALLORY_USER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { signInAndAllow } from '../kit/attack/sign-in'
import { browserFollow, browserOpen, type Hop } from '../kit/browser-actors'
import {
  startAuthorizationWith,
  type CallbackCheck,
  type ClientAuthorization,
} from '../kit/client/authorization'
import { checkCallback } from '../kit/client/callback'
import { redeemCode } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PHOTO_SPA_CLIENT
export const SCOPE = 'photos.read'
/** Mallory's page that sends its visitors on to the Printshop callback with her code. */
export const TRAP_PATH = '/free-prints'

export interface CsrfContext {
  lab: FlowLab
  switches: SwitchState
  /** The app's request in Mallory's browser, and the redirect with her code she kept. */
  mallorys?: { start: ClientAuthorization; answer: Hop; trap: string }
  /** The app's request in Alice's browser: the state (and verifier) it stored for her. */
  alices?: { start: ClientAuthorization; answer: Hop }
  lure?: Hop
  callback?: CallbackCheck
  tokens?: TokenResult
  api?: ApiResult
  error?: string
}

/** The Printshop web app's choices for these switches: the same code in both browsers. */
const choices = (switches: SwitchState) => ({
  pkce: switches.pkce !== false,
  state: switches.state !== false,
})
const startApp = (switches: SwitchState) =>
  startAuthorizationWith(
    { clientId: CLIENT.clientId, redirectUri: CLIENT.redirectUri, scope: SCOPE },
    choices(switches),
  )

export const csrfSetup = setup({
  types: {
    context: {} as CsrfContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    mallorysCode: fromPromise<
      NonNullable<CsrfContext['mallorys']>,
      { lab: FlowLab; switches: SwitchState }
    >(async ({ input }) => {
      const start = await startApp(input.switches)
      const browser = input.lab.browser('attacker')
      const answer = await signInAndAllow(
        browser,
        () => browser.navigate(start.url, { initiator: null }),
        MALLORY_USER,
      )
      if (answer.redirectTo === null) throw new Error('Mallory’s sign-in brought no redirect.')
      // She does not follow the redirect: she plants it on her site, from her own browser.
      const site = input.lab.attackerSite.origin
      const plant = new URLSearchParams({ path: TRAP_PATH, to: answer.redirectTo })
      await browser.navigate(`${site}/plant?${plant}`, { initiator: null })
      return { start, answer, trap: `${site}${TRAP_PATH}` }
    }),
    aliceConnects: fromPromise<
      NonNullable<CsrfContext['alices']>,
      { lab: FlowLab; switches: SwitchState }
    >(async ({ input }) => {
      const start = await startApp(input.switches)
      const page = await input.lab.browser('user-agent').navigate(start.url, { initiator: null })
      return { start, answer: { url: page.url, status: page.status, redirectTo: page.redirectTo } }
    }),
    browserOpen,
    browserFollow,
    redeemCode: fromPromise<
      TokenResult,
      { lab: FlowLab; callback?: CallbackCheck; alices?: CsrfContext['alices'] }
    >(({ input }) =>
      redeemCode(
        input.lab,
        { clientId: CLIENT.clientId, label: 'Token request' },
        {
          callbackUrl: input.callback?.url ?? '',
          state: 'skip',
          redirectUri: CLIENT.redirectUri,
          codeVerifier: input.alices?.start.codeVerifier,
        },
      ),
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'API request',
      }),
    ),
  },
  actions: {
    storeMallorys: assign({ mallorys: (_, value: NonNullable<CsrfContext['mallorys']>) => value }),
    storeAlices: assign({ alices: (_, value: NonNullable<CsrfContext['alices']>) => value }),
    storeLure: assign({ lure: (_, hop: Hop) => hop }),
    /** The app reads the callback: oauth4webapi's iss check, and state unless the app skips it. */
    storeCallback: assign({
      callback: ({ context }, params: { url: string }) =>
        checkCallback(params.url, {
          clientId: CLIENT.clientId,
          state: context.switches.state === false ? 'skip' : (context.alices?.start.state ?? ''),
        }),
    }),
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    redirected: ({ context }) => context.lure?.status === 303,
    callbackAccepted: ({ context }) => context.callback?.ok === true,
    stateMismatch: ({ context }) =>
      context.callback?.ok === false && context.callback.refusal === 'state-mismatch',
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    /** The token endpoint's refusal of RFC 6749 §5.2: a 400, not a server failing. */
    tokenRefused: ({ context }) => context.tokens?.ok === false && context.tokens.status === 400,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
