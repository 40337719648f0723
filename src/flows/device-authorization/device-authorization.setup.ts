import { assign, fromPromise, setup } from 'xstate'
import { FRAME_TV_CLIENT } from '../../protocol/demo-world'
import {
  browserFollow,
  browserOpen,
  browserSubmit,
  pressed,
  submissionOf,
  type FormSubmission,
} from '../kit/browser-actors'
import { pollDeviceCode, requestDeviceAuthorization, type DeviceStart } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import { letTimePass } from '../kit/lab-clock'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = FRAME_TV_CLIENT
export const SCOPE = 'openid profile photos.read'

/** Where Alice is on her phone, so a poll that finds her undecided knows what comes next. */
export type PhoneProgress = 'start' | 'signedIn' | 'decided'

export interface DeviceAuthorizationContext {
  lab: FlowLab
  device?: DeviceStart
  /** Seconds between polls: the server's interval, raised by every slow_down (RFC 8628 §3.5). */
  interval: number
  /** The last poll's answer. */
  poll?: TokenResult
  /** The tokens, once a poll returned them. */
  tokens?: TokenResult
  phone: PhoneProgress
  submission?: FormSubmission
  api?: ApiResult
  error?: string
}

/** The last poll said: not yet (authorization_pending, or slow_down). RFC 8628 §3.5. */
const stillWaiting = (context: DeviceAuthorizationContext) =>
  context.poll?.ok === false &&
  (context.poll.error === 'authorization_pending' || context.poll.error === 'slow_down')

const tv = (label: string) => ({ clientId: CLIENT.clientId, label })

/** The TV's requests (through oauth4webapi), Alice's phone, and what the TV keeps and checks. */
export const deviceAuthorizationSetup = setup({
  types: {
    context: {} as DeviceAuthorizationContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    requestDeviceCode: fromPromise<DeviceStart, { lab: FlowLab }>(({ input }) =>
      requestDeviceAuthorization(input.lab, tv('Device authorization request'), SCOPE),
    ),
    poll: fromPromise<TokenResult, { lab: FlowLab; deviceCode: string; waitSeconds: number }>(
      ({ input }) => {
        letTimePass(input.lab, input.waitSeconds)
        return pollDeviceCode(input.lab, tv('Poll for tokens'), input.deviceCode)
      },
    ),
    browserOpen,
    browserFollow,
    browserSubmit,
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'API request',
      }),
    ),
  },
  actions: {
    storeDevice: assign({
      device: (_, device: DeviceStart) => device,
      interval: (_, device: DeviceStart) => (device.ok ? device.interval : 5),
    }),
    storePoll: assign({
      poll: (_, poll: TokenResult) => poll,
      tokens: ({ context }, poll: TokenResult) => (poll.ok ? poll : context.tokens),
      // slow_down: this and every later poll waits 5 seconds longer (RFC 8628 §3.5).
      interval: ({ context }, poll: TokenResult) =>
        !poll.ok && poll.error === 'slow_down' ? context.interval + 5 : context.interval,
    }),
    storeSubmission: assign({
      submission: ({ event }, form: StepMeta['form']) => submissionOf(event, form),
    }),
    /** Next step on a rejected code sends the one the TV shows. */
    submitTvCode: assign({
      submission: ({ context }) => ({
        fields: { user_code: context.device?.ok ? context.device.userCode : '' },
      }),
    }),
    phoneAt: assign({ phone: (_, phone: PhoneProgress) => phone }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
  },
  guards: {
    deviceCodeIssued: ({ context }) => context.device?.ok === true,
    redirectedTo: (_, params: { redirectTo: string | null; path: string }) =>
      params.redirectTo !== null && new URL(params.redirectTo).pathname === params.path,
    deniedInPage: ({ event }) => pressed(event, 'deny'),
    tokensIssued: ({ context }) => context.poll?.ok === true,
    pollSaid: ({ context }, error: string) =>
      context.poll?.ok === false && context.poll.error === error,
    stillWaiting: ({ context }) => stillWaiting(context),
    waitingWhilePhoneIs: ({ context }, phone: PhoneProgress) =>
      stillWaiting(context) && context.phone === phone,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
