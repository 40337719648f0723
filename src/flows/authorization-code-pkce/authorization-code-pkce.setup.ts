import { assign, setup } from 'xstate'
import { DEMO_USER } from '../../protocol/demo-world'
import { describeFailure } from '../describe-failure'
import type { FlowLab } from '../flow-lab'
import type { StepMeta } from '../step-meta'
import {
  browserFollow,
  browserOpen,
  browserSubmit,
  callPhotos,
  makePkce,
  requestTokens,
} from './authorization-code-pkce.actors'
import {
  issuerMatches,
  readCallback,
  stateMatches,
  type CallbackParams,
  type PkceStart,
} from './pkce-client'
import type { ApiResult, TokenResult } from './responses'

export interface AuthCodePkceContext {
  lab: FlowLab
  pkce?: PkceStart
  login: { username: string; password: string }
  callback?: CallbackParams
  tokens?: TokenResult
  api?: ApiResult
  error?: string
}

export type AuthCodePkceEvent =
  | { type: 'step.next' }
  | { type: 'user.login.submit'; username: string; password: string }
  | { type: 'user.consent.approve' }
  | { type: 'user.consent.deny' }

export const DEMO_LOGIN = { username: DEMO_USER.username, password: DEMO_USER.password }

/**
 * The named implementations of the Authorization Code + PKCE machine: its actors (the real
 * requests), actions (what the client stores) and guards (what it checks). Bodies live in
 * pkce-client.ts and responses.ts.
 */
export const acpSetup = setup({
  types: {
    context: {} as AuthCodePkceContext,
    events: {} as AuthCodePkceEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: { makePkce, browserOpen, browserFollow, browserSubmit, requestTokens, callPhotos },
  actions: {
    useDemoLogin: assign({ login: DEMO_LOGIN }),
    useTypedLogin: assign({
      login: ({ event }) =>
        event.type === 'user.login.submit'
          ? { username: event.username, password: event.password }
          : DEMO_LOGIN,
    }),
    storePkce: assign({ pkce: (_, pkce: PkceStart) => pkce }),
    storeCallback: assign({ callback: (_, params: { url: string }) => readCallback(params.url) }),
    storeTokens: assign({ tokens: (_, result: TokenResult) => result }),
    storeApi: assign({ api: (_, result: ApiResult) => result }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    storeCallbackError: assign({
      error: ({ context }) =>
        `${context.callback?.error}: ${context.callback?.errorDescription ?? ''}`,
    }),
  },
  guards: {
    loginAccepted: (_, params: { status: number }) => params.status === 303,
    stateMatches: ({ context }) => stateMatches(context.pkce?.state, context.callback),
    issuerMatches: ({ context }) => issuerMatches(context.callback),
    accessDenied: ({ context }) => context.callback?.error === 'access_denied',
    hasCode: ({ context }) =>
      context.callback?.code !== undefined && context.callback.error === undefined,
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
