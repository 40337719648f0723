import { assign, fromPromise, setup } from 'xstate'
import { CALENDAR_API_ORIGIN, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { connectedEarlier } from '../kit/attack/earlier'
import { sendToMallory } from '../kit/attack/mallory'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const EVENTS_URL = `${CALENDAR_API_ORIGIN}/events`

export interface AudienceContext {
  lab: FlowLab
  switches: SwitchState
  tokens?: TokenResult
  /** The access token Mallory's script sent her, and what her site answered. */
  stolenAccessToken?: string
  collected?: number
  calendar?: ApiResult
  error?: string
}

export const audienceSetup = setup({
  types: {
    context: {} as AudienceContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    earlier: fromPromise<TokenResult, { lab: FlowLab }>(({ input }) =>
      connectedEarlier(input.lab, {
        clientId: PHOTO_SPA_CLIENT.clientId,
        redirectUri: PHOTO_SPA_CLIENT.redirectUri,
        scope: 'photos.read',
      }),
    ),
    steal: fromPromise<number, { lab: FlowLab; accessToken: string }>(({ input }) =>
      sendToMallory(
        input.lab,
        { access_token: input.accessToken },
        { label: 'Mallory’s script sends the access token' },
      ),
    ),
    callCalendar: fromPromise<ApiResult, { lab: FlowLab; accessToken: string }>(({ input }) =>
      callApi(input.lab, input.accessToken, {
        label: 'Mallory’s calendar request',
        from: 'attacker',
        url: EVENTS_URL,
      }),
    ),
  },
  actions: {
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeStolen: assign({
      stolenAccessToken: ({ context }) => (context.tokens?.ok ? context.tokens.accessToken : ''),
      collected: (_, status: number) => status,
    }),
    storeCalendar: assign({ calendar: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    tokensHeld: ({ context }) => context.tokens?.ok === true,
    collected: ({ context }) => context.collected === 204,
    calendarServed: ({ context }) => context.calendar?.status === 200,
    /** RFC 6750 §3.1: a token the API will not take is 401 invalid_token. */
    tokenRefused: ({ context }) =>
      context.calendar?.status === 401 &&
      (context.calendar.body as { error?: unknown } | null)?.error === 'invalid_token',
  },
})
