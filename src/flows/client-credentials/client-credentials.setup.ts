import { assign, fromPromise, setup } from 'xstate'
import { BACKUP_JOB_CLIENT } from '../../protocol/demo-world'
import { requestClientCredentials } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import { letTimePass } from '../kit/lab-clock'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = BACKUP_JOB_CLIENT

export interface ClientCredentialsContext {
  lab: FlowLab
  tokens?: TokenResult
  api?: ApiResult
  error?: string
}

const caller = { clientId: CLIENT.clientId, label: 'Token request (client credentials)' }

/** The backup job's actors (its token requests and API calls), actions and guards. */
export const clientCredentialsSetup = setup({
  types: {
    context: {} as ClientCredentialsContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    requestToken: fromPromise<TokenResult, { lab: FlowLab }>(({ input }) =>
      requestClientCredentials(input.lab, caller, CLIENT.scope),
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult; waitSeconds?: number }>(
      ({ input }) => {
        letTimePass(input.lab, input.waitSeconds ?? 0)
        return callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
          label: 'API request',
        })
      },
    ),
  },
  actions: {
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
  },
  guards: {
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    photosReturned: ({ context }) => context.api?.status === 200,
    tokenRefused: ({ context }) => context.api?.status === 401,
  },
})
