import { assign, fromPromise, setup } from 'xstate'
import { PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import {
  browserFollow,
  browserOpen,
  browserSubmit,
  pressed,
  submissionOf,
  type FormSubmission,
} from '../kit/browser-actors'
import {
  startAuthorization,
  type AuthorizationStart,
  type CallbackCheck,
} from '../kit/client/authorization'
import { checkCallback } from '../kit/client/callback'
import { redeemCode } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PRINTSHOP_CLIENT
export const SCOPE = 'photos.read'

export interface AuthorizationCodeConfidentialContext {
  lab: FlowLab
  start?: AuthorizationStart
  /** The form the browser submits next (sign-in, consent). */
  submission?: FormSubmission
  callback?: CallbackCheck
  tokens?: TokenResult
  api?: ApiResult
  error?: string
}

/**
 * The named implementations of the confidential client's machine: the browser's hops, and
 * oauth4webapi on Printshop's server (the callback check, the token request with
 * client_secret_basic and the code_verifier, the API call).
 */
export const authorizationCodeConfidentialSetup = setup({
  types: {
    context: {} as AuthorizationCodeConfidentialContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    startAuthorization: fromPromise(() =>
      startAuthorization({
        clientId: CLIENT.clientId,
        redirectUri: CLIENT.redirectUri,
        scope: SCOPE,
      }),
    ),
    browserOpen,
    browserFollow,
    browserSubmit,
    redeemCode: fromPromise<
      TokenResult,
      { lab: FlowLab; start?: AuthorizationStart; callback?: CallbackCheck }
    >(({ input }) => {
      if (!input.start || !input.callback)
        throw new Error('The token request needs the code from the callback.')
      return redeemCode(
        input.lab,
        { clientId: CLIENT.clientId, label: 'Token request (Printshop’s server)' },
        {
          callbackUrl: input.callback.url,
          state: input.start.state,
          redirectUri: CLIENT.redirectUri,
          codeVerifier: input.start.codeVerifier,
        },
      )
    }),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'API request',
      }),
    ),
  },
  actions: {
    storeStart: assign({ start: (_, start: AuthorizationStart) => start }),
    storeSubmission: assign({
      submission: ({ event }, form: StepMeta['form']) => submissionOf(event, form),
    }),
    storeCallback: assign({
      callback: ({ context }, params: { url: string }) =>
        checkCallback(params.url, { clientId: CLIENT.clientId, state: context.start?.state ?? '' }),
    }),
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    storeCallbackError: assign({
      error: ({ context }) =>
        context.callback && !context.callback.ok
          ? context.callback.message
          : 'no code in the callback',
    }),
  },
  guards: {
    loginAccepted: (_, params: { status: number }) => params.status === 303,
    deniedInPage: ({ event }) => pressed(event, 'deny'),
    callbackAccepted: ({ context }) => context.callback?.ok === true,
    callbackRefused: ({ context }, refusal: string) =>
      context.callback?.ok === false && context.callback.refusal === refusal,
    accessDenied: ({ context }) =>
      context.callback?.ok === false &&
      context.callback.refusal === 'error-response' &&
      context.callback.error === 'access_denied',
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
