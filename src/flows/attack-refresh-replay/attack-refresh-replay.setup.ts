import { assign, fromPromise, setup } from 'xstate'
import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { connectedEarlier } from '../kit/attack/earlier'
import { sendToMallory } from '../kit/attack/mallory'
import { refreshTokens } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import { letTimePass } from '../kit/lab-clock'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PHOTO_SPA_CLIENT
export const AN_HOUR = 3600

export interface RefreshReplayContext {
  lab: FlowLab
  switches: SwitchState
  /** What the app holds now. */
  tokens?: TokenResult
  /** The refresh token Mallory's script sent her, and what her site received. */
  stolenRefreshToken?: string
  collected?: number
  /** The app's refresh an hour later. */
  appRefresh?: TokenResult
  /** The token endpoint's answer to Mallory. */
  mallorys?: TokenResult
  /** The app's next refresh, after Mallory's. */
  appAgain?: TokenResult
  /** Mallory first: her second refresh, with the refresh token the server gave her. */
  mallorysAgain?: TokenResult
  api?: ApiResult
  error?: string
}

/** The refresh token a token response carried, or ''. */
export const refreshTokenOf = (tokens?: TokenResult) =>
  tokens?.ok ? (tokens.refreshToken ?? '') : ''

export const refreshReplaySetup = setup({
  types: {
    context: {} as RefreshReplayContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    earlier: fromPromise<TokenResult, { lab: FlowLab }>(({ input }) =>
      connectedEarlier(input.lab, {
        clientId: CLIENT.clientId,
        redirectUri: CLIENT.redirectUri,
        scope: 'photos.read',
      }),
    ),
    steal: fromPromise<number, { lab: FlowLab; refreshToken: string }>(({ input }) =>
      sendToMallory(
        input.lab,
        { refresh_token: input.refreshToken },
        { label: 'Mallory’s script sends the refresh token' },
      ),
    ),
    refresh: fromPromise<
      TokenResult,
      { lab: FlowLab; refreshToken: string; waitSeconds: number; by: 'app' | 'mallory' }
    >(({ input }) => {
      letTimePass(input.lab, input.waitSeconds)
      const caller =
        input.by === 'app'
          ? { clientId: CLIENT.clientId, label: 'Refresh request' }
          : {
              clientId: CLIENT.clientId,
              label: 'Mallory’s refresh request',
              from: 'attacker' as const,
            }
      return refreshTokens(input.lab, caller, input.refreshToken)
    }),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'Mallory’s API request',
        from: 'attacker',
      }),
    ),
  },
  actions: {
    storeEarlier: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeStolen: assign({
      stolenRefreshToken: ({ context }) => refreshTokenOf(context.tokens),
      collected: (_, status: number) => status,
    }),
    /** The app keeps what the refresh gave it: a rotated refresh token, or still the old one. */
    storeAppRefresh: assign({
      appRefresh: (_, result: TokenResult) => result,
      tokens: ({ context }, result: TokenResult) =>
        result.ok
          ? { ...result, refreshToken: result.refreshToken ?? refreshTokenOf(context.tokens) }
          : context.tokens,
    }),
    storeMallorys: assign({ mallorys: (_, result: TokenResult) => result }),
    storeAppAgain: assign({ appAgain: (_, result: TokenResult) => result }),
    storeMallorysAgain: assign({ mallorysAgain: (_, result: TokenResult) => result }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    appHoldsRefreshToken: ({ context }) => refreshTokenOf(context.tokens) !== '',
    collected: ({ context }) => context.collected === 204,
    appRefreshed: ({ context }) => context.appRefresh?.ok === true,
    mallorysIssued: ({ context }) => context.mallorys?.ok === true,
    mallorysRefused: ({ context }) =>
      context.mallorys?.ok === false && context.mallorys.status === 400,
    appRefused: ({ context }) => context.appAgain?.ok === false && context.appAgain.status === 400,
    mallorysAgainRefused: ({ context }) =>
      context.mallorysAgain?.ok === false && context.mallorysAgain.status === 400,
    rotationOn: ({ context }) => context.switches.rotation !== false,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
