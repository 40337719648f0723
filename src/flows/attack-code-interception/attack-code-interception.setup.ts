import { assign, fromPromise, setup } from 'xstate'
import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { signInAndAllow } from '../kit/attack/sign-in'
import type { Hop } from '../kit/browser-actors'
import { startAuthorizationWith, type ClientAuthorization } from '../kit/client/authorization'
import { redeemCode } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PHOTO_SPA_CLIENT
export const SCOPE = 'photos.read'

export interface CodeInterceptionContext {
  lab: FlowLab
  switches: SwitchState
  start?: ClientAuthorization
  /** The authorization response: the redirect the browser was about to follow. */
  approval?: Hop
  /** The URL the phone handed to Mallory's app. */
  intercepted?: string
  /** The token endpoint's answer to Mallory. */
  stolen?: TokenResult
  api?: ApiResult
  error?: string
}

/** Mallory's app, as the recorded HTTP names it. */
const MALLORYS_APP = { clientId: CLIENT.clientId, from: 'attacker' } as const

export const codeInterceptionSetup = setup({
  types: {
    context: {} as CodeInterceptionContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    startAuthorization: fromPromise<ClientAuthorization, { switches: SwitchState }>(({ input }) =>
      startAuthorizationWith(
        { clientId: CLIENT.clientId, redirectUri: CLIENT.redirectUri, scope: SCOPE },
        { pkce: input.switches.pkce !== false },
      ),
    ),
    signInAndAllow: fromPromise<Hop, { lab: FlowLab; url: string }>(({ input }) => {
      const browser = input.lab.browser('user-agent')
      return signInAndAllow(browser, () => browser.navigate(input.url, { initiator: null }))
    }),
    redeemStolenCode: fromPromise<TokenResult, { lab: FlowLab; url: string }>(({ input }) =>
      redeemCode(
        input.lab,
        { ...MALLORYS_APP, label: 'Mallory’s token request' },
        { callbackUrl: input.url, state: 'skip', redirectUri: CLIENT.redirectUri },
      ),
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'Mallory’s API request',
        from: 'attacker',
      }),
    ),
  },
  actions: {
    storeStart: assign({ start: (_, start: ClientAuthorization) => start }),
    storeApproval: assign({ approval: (_, hop: Hop) => hop }),
    intercept: assign({ intercepted: ({ context }) => context.approval?.redirectTo ?? undefined }),
    storeStolen: assign({ stolen: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    tokenFailed: assign({
      error: ({ context }) =>
        context.stolen?.ok === false
          ? `The token endpoint failed (${context.stolen.status} ${context.stolen.error}).`
          : 'The token endpoint failed.',
    }),
    apiRefused: assign({
      error: ({ context }) =>
        `The photo API refused a freshly issued token (${context.api?.status}).`,
    }),
    noCode: assign({
      error: ({ context }) =>
        `The authorization server did not redirect with a code (status ${context.approval?.status ?? '?'}).`,
    }),
  },
  guards: {
    codeIssued: ({ context }) =>
      new URL(context.approval?.redirectTo ?? 'about:blank').searchParams.has('code'),
    tokensIssued: ({ context }) => context.stolen?.ok === true,
    /** The token endpoint's refusal of RFC 6749 §5.2: a 400, not a server failing. */
    tokenRefused: ({ context }) => context.stolen?.ok === false && context.stolen.status === 400,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
