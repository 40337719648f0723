import { assign, fromPromise, setup } from 'xstate'
import { PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import { refreshTokens } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import { introspect, revokeToken, type IntrospectionResult } from '../kit/client/token-management'
import type { TokenFailure, TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import { letTimePass } from '../kit/lab-clock'
import type { StepMeta } from '../kit/step-meta'
import { authorizeEarlier } from './refresh-token.earlier'

export const CLIENT = PRINTSHOP_CLIENT

export interface RefreshTokenContext {
  lab: FlowLab
  /** The flow's switch: whether the photo API introspects every token (RFC 7662). */
  switches: SwitchState
  /** The tokens Printshop holds now. */
  tokens?: TokenResult
  /** The refresh token that rotation replaced. */
  usedRefreshToken?: string
  /** The answer of the last token request that failed (a replay, a revoked family). */
  refused?: TokenResult
  api?: ApiResult
  revocation?: { ok: true } | TokenFailure
  introspection?: IntrospectionResult
  error?: string
}

const printshop = (label: string) => ({ clientId: CLIENT.clientId, label })
const accessTokenOf = (tokens?: TokenResult) => (tokens?.ok ? tokens.accessToken : '')
const refreshTokenOf = (tokens?: TokenResult) => (tokens?.ok ? (tokens.refreshToken ?? '') : '')

/** Printshop's server: its token requests, API calls, revocation and introspection. */
export const refreshTokenSetup = setup({
  types: {
    context: {} as RefreshTokenContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    authorizeEarlier: fromPromise<TokenResult, { lab: FlowLab }>(({ input }) =>
      authorizeEarlier(input.lab),
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult; waitSeconds?: number }>(
      ({ input }) => {
        letTimePass(input.lab, input.waitSeconds ?? 0)
        return callApi(input.lab, accessTokenOf(input.tokens), { label: 'API request' })
      },
    ),
    refresh: fromPromise<TokenResult, { lab: FlowLab; refreshToken: string; label: string }>(
      ({ input }) => refreshTokens(input.lab, printshop(input.label), input.refreshToken),
    ),
    revoke: fromPromise<{ ok: true } | TokenFailure, { lab: FlowLab; tokens?: TokenResult }>(
      ({ input }) =>
        revokeToken(
          input.lab,
          printshop('Revocation request'),
          refreshTokenOf(input.tokens),
          'refresh_token',
        ),
    ),
    introspect: fromPromise<IntrospectionResult, { lab: FlowLab; tokens?: TokenResult }>(
      ({ input }) =>
        introspect(input.lab, printshop('Introspection request'), refreshTokenOf(input.tokens)),
    ),
  },
  actions: {
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeRefresh: assign({
      usedRefreshToken: ({ context }, result: TokenResult) =>
        result.ok ? refreshTokenOf(context.tokens) : context.usedRefreshToken,
      tokens: ({ context }, result: TokenResult) => (result.ok ? result : context.tokens),
      refused: ({ context }, result: TokenResult) => (result.ok ? context.refused : result),
    }),
    storeRefused: assign({ refused: (_, result: TokenResult) => result }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeRevocation: assign({ revocation: (_, result: { ok: true } | TokenFailure) => result }),
    storeIntrospection: assign({ introspection: (_, result: IntrospectionResult) => result }),
    replayAccepted: assign({
      error:
        'The server accepted a refresh token that was already used: rotation with reuse detection is off.',
    }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
  },
  guards: {
    tokensHeld: ({ context }) => context.tokens?.ok === true && context.refused === undefined,
    refreshRefused: ({ context }) => context.refused?.ok === false,
    apiStatus: ({ context }, status: number) => context.api?.status === status,
    revoked: ({ context }) => context.revocation?.ok === true,
    inactive: ({ context }) => context.introspection?.ok === true && !context.introspection.active,
    apiIntrospects: ({ context }) => context.switches.introspection === true,
  },
})
