import { assign, fromPromise, setup } from 'xstate'
import { PHOTO_SPA_CLIENT, PRINTSHOP_AT_MALLORY_CLIENT_ID } from '../../protocol/demo-world'
import { signInAndAllow } from '../kit/attack/sign-in'
import { browserFollow, type Hop } from '../kit/browser-actors'
import {
  startAuthorizationWith,
  type CallbackCheck,
  type ClientAuthorization,
} from '../kit/client/authorization'
import { checkCallback } from '../kit/client/callback'
import { redeemCode } from '../kit/client/grants'
import { MALLORY_AUTHORIZATION_SERVER } from '../kit/client/lab-server'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PHOTO_SPA_CLIENT

/** What reached Mallory's token endpoint, as she reads it in her log. */
export interface Caught {
  code: string
  codeVerifier?: string
  redirectUri: string
}

export interface MixUpContext {
  lab: FlowLab
  switches: SwitchState
  /** The app's request to Mallory's server, and her server's bounce. */
  start?: ClientAuthorization
  bounce?: Hop
  approval?: Hop
  callback?: CallbackCheck
  /** The app's token request at Mallory's token endpoint, as the app saw it. */
  appTokens?: TokenResult
  caught?: Caught
  stolen?: TokenResult
  api?: ApiResult
  error?: string
}

const issuerCheck = (switches: SwitchState) => (switches.iss === false ? 'skip' : 'check')

/** The code and verifier from the last token request that reached Mallory's site. */
export function caughtFrom(lab: FlowLab): Caught | undefined {
  const request = lab.attackerSite
    .received()
    .filter((r) => new URL(r.url).pathname === '/token')
    .at(-1)
  const body = new URLSearchParams(request?.body ?? '')
  const code = body.get('code')
  const redirectUri = body.get('redirect_uri')
  if (!code || !redirectUri) return undefined
  const codeVerifier = body.get('code_verifier') ?? undefined
  return { code, redirectUri, ...(codeVerifier ? { codeVerifier } : {}) }
}

export const mixUpSetup = setup({
  types: {
    context: {} as MixUpContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    toMallory: fromPromise<{ start: ClientAuthorization; bounce: Hop }, { lab: FlowLab }>(
      async ({ input }) => {
        const start = await startAuthorizationWith(
          {
            clientId: PRINTSHOP_AT_MALLORY_CLIENT_ID,
            redirectUri: CLIENT.redirectUri,
            scope: 'photos.read',
          },
          { server: MALLORY_AUTHORIZATION_SERVER },
        )
        const page = await input.lab.browser('user-agent').navigate(start.url, { initiator: null })
        return {
          start,
          bounce: { url: page.url, status: page.status, redirectTo: page.redirectTo },
        }
      },
    ),
    signInAndAllow: fromPromise<Hop, { lab: FlowLab }>(({ input }) => {
      const browser = input.lab.browser('user-agent')
      return signInAndAllow(browser, () => browser.followRedirect())
    }),
    browserFollow,
    redeemAtMallory: fromPromise<
      { appTokens: TokenResult; caught?: Caught },
      { lab: FlowLab; context: MixUpContext }
    >(async ({ input }) => {
      const { start, callback, switches } = input.context
      const appTokens = await redeemCode(
        input.lab,
        { clientId: PRINTSHOP_AT_MALLORY_CLIENT_ID, label: 'Token request' },
        {
          callbackUrl: callback?.url ?? '',
          state: start?.state ?? '',
          redirectUri: CLIENT.redirectUri,
          codeVerifier: start?.codeVerifier,
          server: MALLORY_AUTHORIZATION_SERVER,
          issuer: issuerCheck(switches),
        },
      )
      const caught = caughtFrom(input.lab)
      return { appTokens, ...(caught ? { caught } : {}) }
    }),
    redeemCaught: fromPromise<TokenResult, { lab: FlowLab; caught?: Caught }>(({ input }) =>
      redeemCode(
        input.lab,
        { clientId: CLIENT.clientId, label: 'Mallory’s token request', from: 'attacker' },
        {
          callbackUrl: `${input.caught?.redirectUri ?? CLIENT.redirectUri}?code=${encodeURIComponent(input.caught?.code ?? '')}`,
          state: 'skip',
          issuer: 'skip',
          redirectUri: input.caught?.redirectUri ?? CLIENT.redirectUri,
          codeVerifier: input.caught?.codeVerifier,
        },
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
    storeBounce: assign({
      start: (_, value: { start: ClientAuthorization; bounce: Hop }) => value.start,
      bounce: (_, value: { start: ClientAuthorization; bounce: Hop }) => value.bounce,
    }),
    storeApproval: assign({ approval: (_, hop: Hop) => hop }),
    /** The app reads its callback: iss against Mallory's issuer (unless it ignores iss), then state. */
    storeCallback: assign({
      callback: ({ context }, params: { url: string }) =>
        checkCallback(params.url, {
          clientId: PRINTSHOP_AT_MALLORY_CLIENT_ID,
          state: context.start?.state ?? '',
          server: MALLORY_AUTHORIZATION_SERVER,
          issuer: issuerCheck(context.switches),
        }),
    }),
    storeAtMallory: assign({
      appTokens: (_, value: { appTokens: TokenResult; caught?: Caught }) => value.appTokens,
      caught: (_, value: { appTokens: TokenResult; caught?: Caught }) => value.caught,
    }),
    storeStolen: assign({ stolen: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    bounced: ({ context }) =>
      context.bounce?.status === 303 &&
      new URL(context.bounce.redirectTo ?? 'about:blank').pathname === '/authorize',
    codeIssued: ({ context }) =>
      new URL(context.approval?.redirectTo ?? 'about:blank').searchParams.has('code'),
    callbackAccepted: ({ context }) => context.callback?.ok === true,
    issuerMismatch: ({ context }) =>
      context.callback?.ok === false && context.callback.refusal === 'issuer-mismatch',
    codeCaught: ({ context }) => context.caught !== undefined,
    tokensIssued: ({ context }) => context.stolen?.ok === true,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
