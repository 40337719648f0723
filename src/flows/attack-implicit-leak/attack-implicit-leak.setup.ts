import { assign, fromPromise, setup } from 'xstate'
import { LEGACY_APP_CLIENT, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { signInAndAllow } from '../kit/attack/sign-in'
import { browserFollow, type Hop } from '../kit/browser-actors'
import {
  startAuthorizationWith,
  type CallbackCheck,
  type ClientAuthorization,
} from '../kit/client/authorization'
import { checkCallback } from '../kit/client/callback'
import { redeemCode } from '../kit/client/grants'
import { readImplicitResponse, type ImplicitResult } from '../kit/client/implicit'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import { letTimePass } from '../kit/lab-clock'
import type { StepMeta } from '../kit/step-meta'

const TWENTY_MINUTES = 20 * 60

/** The app with the code flow (photo-spa), or the legacy app with the implicit grant. */
export const clientFor = (switches: SwitchState) =>
  switches.code === false ? LEGACY_APP_CLIENT : PHOTO_SPA_CLIENT

export interface ImplicitLeakContext {
  lab: FlowLab
  switches: SwitchState
  start?: ClientAuthorization
  approval?: Hop
  /** What the app's script read at its callback: a code (checked) or the implicit token. */
  callback?: CallbackCheck
  implicit?: ImplicitResult
  tokens?: TokenResult
  /** The browser's history as Mallory reads it, and the address she copied. */
  history?: readonly string[]
  copied?: string
  stolen?: TokenResult
  api?: ApiResult
  error?: string
}

/** The entry of the history that holds a token or a code, as Mallory picks it. */
export function pickFromHistory(history: readonly string[]): string | undefined {
  return [...history]
    .reverse()
    .find(
      (url) =>
        new URLSearchParams(new URL(url).hash.slice(1)).has('access_token') ||
        new URL(url).searchParams.has('code'),
    )
}

export const implicitLeakSetup = setup({
  types: {
    context: {} as ImplicitLeakContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    signIn: fromPromise<
      { start: ClientAuthorization; approval: Hop },
      { lab: FlowLab; switches: SwitchState }
    >(async ({ input }) => {
      const client = clientFor(input.switches)
      const code = input.switches.code !== false
      const start = await startAuthorizationWith(
        { clientId: client.clientId, redirectUri: client.redirectUri, scope: 'photos.read' },
        { pkce: code, responseType: code ? 'code' : 'token' },
      )
      const browser = input.lab.browser('user-agent')
      const approval = await signInAndAllow(browser, () =>
        browser.navigate(start.url, { initiator: null }),
      )
      return { start, approval }
    }),
    browserFollow,
    redeem: fromPromise<TokenResult, { lab: FlowLab; context: ImplicitLeakContext }>(({ input }) =>
      redeemCode(
        input.lab,
        { clientId: PHOTO_SPA_CLIENT.clientId, label: 'Token request' },
        {
          callbackUrl: input.context.callback?.url ?? '',
          state: input.context.start?.state ?? '',
          redirectUri: PHOTO_SPA_CLIENT.redirectUri,
          codeVerifier: input.context.start?.codeVerifier,
        },
      ),
    ),
    readHistory: fromPromise<readonly string[], { lab: FlowLab }>(async ({ input }) => {
      letTimePass(input.lab, TWENTY_MINUTES)
      return input.lab.browser('user-agent').history()
    }),
    useToken: fromPromise<ApiResult, { lab: FlowLab; url: string }>(({ input }) => {
      const token = new URLSearchParams(new URL(input.url).hash.slice(1)).get('access_token')
      return callApi(input.lab, token ?? '', { label: 'Mallory’s API request', from: 'attacker' })
    }),
    redeemCopiedCode: fromPromise<TokenResult, { lab: FlowLab; url: string }>(({ input }) =>
      redeemCode(
        input.lab,
        { clientId: PHOTO_SPA_CLIENT.clientId, label: 'Mallory’s token request', from: 'attacker' },
        { callbackUrl: input.url, state: 'skip', redirectUri: PHOTO_SPA_CLIENT.redirectUri },
      ),
    ),
  },
  actions: {
    storeSignIn: assign({
      start: (_, value: { start: ClientAuthorization; approval: Hop }) => value.start,
      approval: (_, value: { start: ClientAuthorization; approval: Hop }) => value.approval,
    }),
    /** The app's script reads its callback: the implicit fragment, or the code's query. */
    storeCallback: assign(({ context }, params: { url: string }) =>
      context.switches.code === false
        ? { implicit: readImplicitResponse(params.url, { state: context.start?.state ?? '' }) }
        : {
            callback: checkCallback(params.url, {
              clientId: PHOTO_SPA_CLIENT.clientId,
              state: context.start?.state ?? '',
            }),
          },
    ),
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeHistory: assign({
      history: (_, history: readonly string[]) => history,
      copied: (_, history: readonly string[]) => pickFromHistory(history),
    }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeStolen: assign({ stolen: (_, tokens: TokenResult) => tokens }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    redirected: ({ context }) => context.approval?.redirectTo != null,
    codeAccepted: ({ context }) => context.callback?.ok === true,
    tokenRead: ({ context }) => context.implicit?.ok === true,
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    tokenInHistory: ({ context }) =>
      new URLSearchParams(new URL(context.copied ?? 'about:blank').hash.slice(1)).has(
        'access_token',
      ),
    codeInHistory: ({ context }) =>
      new URL(context.copied ?? 'about:blank').searchParams.has('code'),
    photosReturned: ({ context }) => context.api?.status === 200,
    codeRefused: ({ context }) => context.stolen?.ok === false && context.stolen.status === 400,
  },
})
