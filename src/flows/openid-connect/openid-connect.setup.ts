import { assign, fromPromise, setup } from 'xstate'
import { ISSUER, PRINTSHOP_CLIENT } from '../../protocol/demo-world'
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
import type { TokenResult } from '../kit/client/token-result'
import { requestUserInfo, type UserInfoResult } from '../kit/client/userinfo'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'
import { checkIdToken, idTokenAccepted, type IdTokenCheck } from './openid-connect.id-token'

export const CLIENT = PRINTSHOP_CLIENT
export const SCOPE = 'openid profile email photos.read'

export interface OpenIdConnectContext {
  lab: FlowLab
  start?: AuthorizationStart
  submission?: FormSubmission
  callback?: CallbackCheck
  tokens?: TokenResult
  /** The client's own checks of the ID token, one claim at a time. */
  idTokenChecks?: IdTokenCheck[]
  userinfo?: UserInfoResult
  error?: string
}

type Tokens = Extract<TokenResult, { ok: true }>

/**
 * The named implementations of the OpenID Connect sign-in: the browser's hops, oauth4webapi's
 * callback check, token request (with the nonce) and UserInfo call, and the client's own ID token
 * checks.
 */
export const openIdConnectSetup = setup({
  types: {
    context: {} as OpenIdConnectContext,
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
        nonce: true,
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
          nonce: input.start.nonce,
        },
      )
    }),
    checkIdToken: fromPromise<
      IdTokenCheck[],
      { lab: FlowLab; start?: AuthorizationStart; tokens?: Tokens }
    >(({ input }) => {
      if (!input.tokens?.idToken || !input.start?.nonce)
        throw new Error('There is no ID token to check: the token response carried none.')
      return checkIdToken(input.tokens.idToken, {
        issuer: ISSUER,
        clientId: CLIENT.clientId,
        nonce: input.start.nonce,
        accessToken: input.tokens.accessToken,
        nowMs: input.lab.clock.now(),
      })
    }),
    requestUserInfo: fromPromise<UserInfoResult, { lab: FlowLab; tokens?: Tokens }>(({ input }) => {
      const sub = input.tokens?.idTokenClaims?.sub
      if (!input.tokens || typeof sub !== 'string')
        throw new Error('UserInfo needs the access token and the ID token’s sub.')
      return requestUserInfo(
        input.lab,
        { clientId: CLIENT.clientId, label: 'UserInfo request' },
        input.tokens.accessToken,
        sub,
      )
    }),
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
    storeIdTokenChecks: assign({ idTokenChecks: (_, checks: IdTokenCheck[]) => checks }),
    storeUserInfo: assign({ userinfo: (_, userinfo: UserInfoResult) => userinfo }),
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
    signedIn: ({ context }) => context.tokens?.ok === true && context.tokens.idToken !== undefined,
    idTokenAccepted: ({ context }) => idTokenAccepted(context.idTokenChecks ?? []),
    userInfoReturned: ({ context }) => context.userinfo?.ok === true,
  },
})

/** The token response when it succeeded, for actors that need the tokens. */
export function issuedTokens(context: OpenIdConnectContext): Tokens | undefined {
  return context.tokens?.ok ? context.tokens : undefined
}
