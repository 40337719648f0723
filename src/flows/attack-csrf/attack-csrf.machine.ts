import { stepStates, unexpected } from '../kit/step-states'
import { csrfSetup as flowSetup } from './attack-csrf.setup'
import { STEPS } from './attack-csrf.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#csrf.failed',
  actions: 'storeFailure',
})
const alice = { role: 'user-agent' } as const

/**
 * CSRF on the redirect: Mallory's code injected into Alice's session (RFC 9700 §4.7, §4.5):
 *
 *   1 mallorysCode    front  Mallory signs in as herself; keeps the redirect with her code
 *   2 aliceConnects   front  Alice's app stores state/verifier; GET /authorize → 302 /login
 *   3 aliceOpensLink  front  GET mallory.example/free-prints → 303 callback?code=Mallory's
 *   4 forgedCallback  front  GET /callback: the app checks iss, and state unless it skips it
 *   5 stateRefused    the app refuses: the end with state on
 *   5 tokenRequest    back   POST /token with Mallory's code (and Alice's verifier, with PKCE)
 *   6 pkceRefused     the 400 of 5: the end with PKCE on
 *   6 apiRequest      back   GET /photos with the token for Mallory's account
 *   7 linkedToMallory the 200 of 6: Mallory's album in Alice's app
 * The client's check and the servers' answers decide the path.
 */
export const csrfMachine = flowSetup.createMachine({
  id: 'csrf',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'mallorysCode',
  states: {
    mallorysCode: work(
      STEPS.mallorysCode,
      {
        src: 'mallorysCode',
        input: ({ context }) => ({ lab: context.lab, switches: context.switches }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeMallorys', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#csrf.aliceConnects' },
    ),
    aliceConnects: work(
      STEPS.aliceConnects,
      {
        src: 'aliceConnects',
        input: ({ context }) => ({ lab: context.lab, switches: context.switches }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeAlices', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#csrf.aliceOpensLink' },
    ),
    aliceOpensLink: work(
      STEPS.aliceOpensLink,
      {
        src: 'browserOpen',
        input: ({ context }) => ({ lab: context.lab, ...alice, url: context.mallorys?.trap ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeLure', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#csrf.forgedCallback', guard: 'redirected' },
          {
            target: '#csrf.failed',
            actions: unexpected('Mallory’s page did not redirect.'),
          },
        ],
      },
    ),
    forgedCallback: work(
      STEPS.forgedCallback,
      {
        src: 'browserFollow',
        input: ({ context }) => ({ lab: context.lab, ...alice }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) },
        },
      },
      {
        'step.next': [
          { target: '#csrf.tokenRequest', guard: 'callbackAccepted' },
          { target: '#csrf.stateRefused', guard: 'stateMismatch' },
          {
            target: '#csrf.failed',
            actions: unexpected('The app refused the callback for another reason.'),
          },
        ],
      },
    ),
    stateRefused: end(STEPS.stateRefused),
    tokenRequest: work(
      STEPS.tokenRequest,
      {
        src: 'redeemCode',
        input: ({ context }) => ({
          lab: context.lab,
          callback: context.callback,
          alices: context.alices,
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeTokens', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#csrf.apiRequest', guard: 'tokensIssued' },
          { target: '#csrf.pkceRefused', guard: 'tokenRefused' },
          {
            target: '#csrf.failed',
            actions: unexpected('The token endpoint failed.'),
          },
        ],
      },
    ),
    pkceRefused: end(STEPS.pkceRefused),
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
          { target: '#csrf.linkedToMallory', guard: 'photosReturned' },
          {
            target: '#csrf.failed',
            actions: unexpected('The photo API refused a fresh token.'),
          },
        ],
      },
    ),
    linkedToMallory: end(STEPS.linkedToMallory),
    failed: end(STEPS.failed),
  },
})
