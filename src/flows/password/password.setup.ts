import { assign, fromPromise, setup } from 'xstate'
import { DEMO_USER, LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { requestPasswordGrant, type PasswordCredentials } from '../kit/client/password-grant'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = LEGACY_APP_CLIENT
export const SCOPE = 'photos.read'
/** What Alice types into the app's form: her demo credentials. */
export const TYPED: PasswordCredentials = {
  username: DEMO_USER.username,
  password: DEMO_USER.password,
}
/** A typo of her password, for the branch where she mistypes it. */
export const MISTYPED: PasswordCredentials = { ...TYPED, password: `${DEMO_USER.password}1` }

export interface PasswordContext {
  lab: FlowLab
  /** What Alice typed into the app, as the app received it. */
  typed: PasswordCredentials
  tokens?: TokenResult
  api?: ApiResult
  error?: string
}

const caller = { clientId: CLIENT.clientId, label: 'Token request (password grant)' }

/**
 * The named implementations of the password grant: the app's token requests (oauth4webapi's
 * generic token endpoint request, with grant_type=password), the same request on the server's
 * default oauth2.1 profile, and the API call.
 */
export const passwordSetup = setup({
  types: {
    context: {} as PasswordContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    requestToken: fromPromise<TokenResult, { lab: FlowLab; typed: PasswordCredentials }>(
      ({ input }) => requestPasswordGrant(input.lab, caller, input.typed, SCOPE),
    ),
    /** The server goes back to its default profile (OAuth 2.1), and the app sends the request. */
    requestOnOAuth21: fromPromise<TokenResult, { lab: FlowLab; typed: PasswordCredentials }>(
      ({ input }) => {
        input.lab.configure({ profile: 'oauth2.1' })
        return requestPasswordGrant(input.lab, caller, input.typed, SCOPE)
      },
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'API request',
      }),
    ),
  },
  actions: {
    type: assign({ typed: (_, typed: PasswordCredentials) => typed }),
    storeTokens: assign({ tokens: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
  },
  guards: {
    tokensIssued: ({ context }) => context.tokens?.ok === true,
    refusedAs: ({ context }, error: string) =>
      context.tokens?.ok === false && context.tokens.error === error,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
