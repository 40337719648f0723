import { stepStates } from '../kit/step-states'
import { MISTYPED, passwordSetup as flowSetup, TYPED } from './password.setup'
import { STEPS } from './password.steps'

const { work, rest, end } = stepStates(flowSetup, {
  target: '#password.failed',
  actions: 'storeFailure',
})
const tokenRequest = (src: 'requestToken' | 'requestOnOAuth21') =>
  ({
    src,
    input: ({ context }) => ({ lab: context.lab, typed: context.typed }),
    onDone: {
      target: 'shown',
      actions: { type: 'storeTokens', params: ({ event }) => event.output },
    },
  }) satisfies Parameters<typeof work>[1]

/**
 * The resource owner password credentials grant for legacy-app (RFC 6749 §4.3), on the server's
 * rfc6749 profile:
 *
 *   1 appForm          out-of-band  Alice types her username and password into the app
 *   2 tokenRequest     back  POST /token grant_type=password (Basic) → 200 token (tokenError)
 *   3 tokenResponse    back  the response of 2: no refresh token
 *   4 apiRequest       back  GET /photos → 200 photos (apiError)
 *   5 photos           back  the response of 4
 *   6 passwordHeld     local what the app held
 *   7 useInstead       local what replaces the grant, and a link to it: the end
 * From step 1, "Alice mistypes": wrongPasswordRequest → 400 invalid_grant (wrongPassword);
 * "Send it to an OAuth 2.1 server": refusedRequest → 400 unsupported_grant_type (refused).
 */
export const passwordMachine = flowSetup.createMachine({
  id: 'password',
  context: ({ input }) => ({ lab: input.lab, typed: TYPED }),
  initial: 'appForm',
  states: {
    appForm: rest(STEPS.appForm, {
      'step.next': 'tokenRequest',
      'choice.mistype': {
        target: 'wrongPasswordRequest',
        actions: { type: 'type', params: MISTYPED },
      },
      'choice.oauth21': 'refusedRequest',
    }),
    tokenRequest: work(STEPS.tokenRequest, tokenRequest('requestToken'), {
      'step.next': [
        { target: '#password.tokenResponse', guard: 'tokensIssued' },
        { target: '#password.tokenError' },
      ],
    }),
    tokenResponse: rest(STEPS.tokenResponse, { 'step.next': 'apiRequest' }),
    apiRequest: work(
      STEPS.apiRequest,
      {
        src: 'callApi',
        input: ({ context }) => ({ lab: context.lab, tokens: context.tokens }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#password.photos', guard: 'photosReturned' },
          { target: '#password.apiError' },
        ],
      },
    ),
    photos: rest(STEPS.photos, { 'step.next': 'passwordHeld' }),
    passwordHeld: rest(STEPS.passwordHeld, { 'step.next': 'useInstead' }),
    wrongPasswordRequest: work(STEPS.wrongPasswordRequest, tokenRequest('requestToken'), {
      'step.next': [
        {
          target: '#password.wrongPassword',
          guard: { type: 'refusedAs', params: 'invalid_grant' },
        },
        { target: '#password.tokenResponse', guard: 'tokensIssued' },
        { target: '#password.tokenError' },
      ],
    }),
    refusedRequest: work(STEPS.refusedRequest, tokenRequest('requestOnOAuth21'), {
      'step.next': [
        {
          target: '#password.refused',
          guard: { type: 'refusedAs', params: 'unsupported_grant_type' },
        },
        { target: '#password.tokenResponse', guard: 'tokensIssued' },
        { target: '#password.tokenError' },
      ],
    }),
    useInstead: end(STEPS.useInstead),
    wrongPassword: end(STEPS.wrongPassword),
    refused: end(STEPS.refused),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})
