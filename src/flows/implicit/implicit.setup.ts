import { assign, fromPromise, setup } from 'xstate'
import { base64UrlEncode } from '../../protocol/base64url'
import { ISSUER, LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { secureRandomBytes } from '../../protocol/random'
import {
  browserFollow,
  browserFollowAndRecall,
  browserOpen,
  browserSubmit,
  pressed,
  submissionOf,
  type FormSubmission,
  type Hop,
} from '../kit/browser-actors'
import { LAB_AUTHORIZATION_SERVER } from '../kit/client/lab-server'
import { callApi, type ApiResult } from '../kit/client/resource'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'
import { readFragment, type FragmentCheck } from './implicit.fragment'

export const CLIENT = LEGACY_APP_CLIENT
export const SCOPE = 'photos.read'

/** The implicit authorization request (RFC 6749 §4.2.1) the legacy app sends, and its state. */
export interface ImplicitRequest {
  url: string
  state: string
}

export interface ImplicitContext {
  lab: FlowLab
  request?: ImplicitRequest
  submission?: FormSubmission
  /** What the app's script read from the fragment. */
  fragment?: FragmentCheck
  /** Alice's browser history once the redirect landed: the token is in it (RFC 9700 §4.3.2). */
  history?: readonly string[]
  /** The OAuth 2.1 server's answer to the same request: a redirect with an error. */
  refusal?: Hop
  api?: ApiResult
  error?: string
}

/** The legacy app's authorization request: response_type=token, no PKCE (there is no code). */
function implicitRequest(): ImplicitRequest {
  const state = base64UrlEncode(secureRandomBytes(32))
  const url = new URL(String(LAB_AUTHORIZATION_SERVER.authorization_endpoint))
  url.search = new URLSearchParams({
    response_type: 'token',
    client_id: CLIENT.clientId,
    redirect_uri: CLIENT.redirectUri,
    scope: SCOPE,
    state,
  }).toString()
  return { url: url.href, state }
}

/**
 * The named implementations of the implicit flow: the browser's hops, the app's own reading of the
 * fragment (no library: oauth4webapi does not implement this grant), the API call, and the same
 * request sent to the server in its default oauth2.1 profile.
 */
export const implicitSetup = setup({
  types: {
    context: {} as ImplicitContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    prepareRequest: fromPromise(async () => implicitRequest()),
    browserOpen,
    browserFollow,
    browserFollowAndRecall,
    browserSubmit,
    /** The server goes back to its default profile (OAuth 2.1), and the browser sends the request. */
    openOnOAuth21: fromPromise<Hop, { lab: FlowLab; url: string }>(async ({ input }) => {
      input.lab.configure({ profile: 'oauth2.1' })
      const page = await input.lab.browser('user-agent').navigate(input.url, { initiator: null })
      return { url: page.url, status: page.status, redirectTo: page.redirectTo }
    }),
    callApi: fromPromise<ApiResult, { lab: FlowLab; fragment?: FragmentCheck }>(({ input }) =>
      callApi(input.lab, input.fragment?.ok ? input.fragment.accessToken : '', {
        label: 'API request (the app’s JavaScript)',
      }),
    ),
  },
  actions: {
    storeRequest: assign({ request: (_, request: ImplicitRequest) => request }),
    storeSubmission: assign({
      submission: ({ event }, form: StepMeta['form']) => submissionOf(event, form),
    }),
    storeFragment: assign({
      fragment: ({ context }, params: { url: string; history: readonly string[] }) =>
        readFragment(params.url, { state: context.request?.state ?? '', issuer: ISSUER }),
      history: (_, params: { url: string; history: readonly string[] }) => params.history,
    }),
    storeRefusal: assign({ refusal: (_, hop: Hop) => hop }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    storeFragmentError: assign({
      error: ({ context }) =>
        context.fragment && !context.fragment.ok
          ? context.fragment.message
          : 'the fragment could not be read',
    }),
  },
  guards: {
    loginAccepted: (_, params: { status: number }) => params.status === 303,
    deniedInPage: ({ event }) => pressed(event, 'deny'),
    tokenRead: ({ context }) => context.fragment?.ok === true,
    accessDenied: ({ context }) =>
      context.fragment?.ok === false &&
      context.fragment.refusal === 'error-response' &&
      context.fragment.error === 'access_denied',
    checkFailed: ({ context }) =>
      context.fragment?.ok === false &&
      (context.fragment.refusal === 'state-mismatch' ||
        context.fragment.refusal === 'issuer-mismatch'),
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
