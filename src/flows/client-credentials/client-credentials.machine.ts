import { stepStates } from '../kit/step-states'
import { clientCredentialsSetup as flowSetup } from './client-credentials.setup'
import { STEPS } from './client-credentials.steps'

const { work, rest, end } = stepStates(flowSetup, {
  target: '#clientCredentials.failed',
  actions: 'storeFailure',
})
const requestToken = {
  src: 'requestToken',
  input: ({ context }) => ({ lab: context.lab }),
  onDone: {
    target: 'shown',
    actions: { type: 'storeTokens', params: ({ event }) => event.output },
  },
} satisfies Parameters<typeof work>[1]
const AN_HOUR = 3600

/**
 * Client credentials for the confidential client backup-job (RFC 6749 §4.4):
 *
 *   1 tokenRequest   back  POST /token (Basic auth)  → 200 token (or tokenError)
 *   2 tokenResponse  back  the response of 1: no refresh token
 *   3 apiRequest     back  GET /photos               → 200 the job's own album (or apiError)
 *   4 photos         back  the response of 3
 *   5 anHourLater    back  +1 h, GET /photos         → 401 invalid_token (expired)
 *   6 askAgain       back  POST /token               → 200 a new token
 *   7 newToken       back  the response of 6: the end
 */
export const clientCredentialsMachine = flowSetup.createMachine({
  id: 'clientCredentials',
  context: ({ input }) => ({ lab: input.lab }),
  initial: 'tokenRequest',
  states: {
    tokenRequest: work(STEPS.tokenRequest, requestToken, {
      'step.next': [
        { target: '#clientCredentials.tokenResponse', guard: 'tokensIssued' },
        { target: '#clientCredentials.tokenError' },
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
          { target: '#clientCredentials.photos', guard: 'photosReturned' },
          { target: '#clientCredentials.apiError' },
        ],
      },
    ),
    photos: rest(STEPS.photos, { 'step.next': 'anHourLater' }),
    anHourLater: work(
      STEPS.anHourLater,
      {
        src: 'callApi',
        input: ({ context }) => ({
          lab: context.lab,
          tokens: context.tokens,
          waitSeconds: AN_HOUR,
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#clientCredentials.askAgain', guard: 'tokenRefused' },
          { target: '#clientCredentials.apiError' },
        ],
      },
    ),
    askAgain: work(STEPS.askAgain, requestToken, {
      'step.next': [
        { target: '#clientCredentials.newToken', guard: 'tokensIssued' },
        { target: '#clientCredentials.tokenError' },
      ],
    }),
    newToken: end(STEPS.newToken),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})
