import { stepStates, unexpected } from '../kit/step-states'
import { mixUpSetup as flowSetup } from './attack-mix-up.setup'
import { STEPS } from './attack-mix-up.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#mixUp.failed',
  actions: 'storeFailure',
})

/**
 * The mix-up attack (RFC 9700 §4.4.1) with Mallory's authorization server at mallory.example:
 *
 *   1 toMallory          front  GET mallory.example/authorize → 303 auth.photos.example/authorize
 *   2 aliceApproves      front  /authorize, /login, /consent → 303 callback?code&state&iss
 *   3 callback           front  GET /callback: the app checks iss (unless it ignores it), state
 *   4 issRefused         the app refuses: the end with the iss check
 *   4 tokenToMallory     back   POST mallory.example/token with the code and verifier → 503
 *   5 mallorysRedemption back   Mallory POSTs them to auth.photos.example/token → 200
 *   6 mallorysApiCall    back   GET /photos → 200          7 alicesPhotos
 */
export const mixUpMachine = flowSetup.createMachine({
  id: 'mixUp',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'toMallory',
  states: {
    toMallory: work(
      STEPS.toMallory,
      {
        src: 'toMallory',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeBounce', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.aliceApproves', guard: 'bounced' },
          { target: '#mixUp.failed', actions: unexpected('Mallory’s server did not bounce.') },
        ],
      },
    ),
    aliceApproves: work(
      STEPS.aliceApproves,
      {
        src: 'signInAndAllow',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApproval', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.callback', guard: 'codeIssued' },
          { target: '#mixUp.failed', actions: unexpected('The server sent no code.') },
        ],
      },
    ),
    callback: work(
      STEPS.callback,
      {
        src: 'browserFollow',
        input: ({ context }) => ({ lab: context.lab, role: 'user-agent' as const }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.tokenToMallory', guard: 'callbackAccepted' },
          { target: '#mixUp.issRefused', guard: 'issuerMismatch' },
          {
            target: '#mixUp.failed',
            actions: unexpected('The app refused the callback for another reason.'),
          },
        ],
      },
    ),
    issRefused: end(STEPS.issRefused),
    tokenToMallory: work(
      STEPS.tokenToMallory,
      {
        src: 'redeemAtMallory',
        input: ({ context }) => ({ lab: context.lab, context }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeAtMallory', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.mallorysRedemption', guard: 'codeCaught' },
          {
            target: '#mixUp.failed',
            actions: unexpected('No code reached Mallory’s token endpoint.'),
          },
        ],
      },
    ),
    mallorysRedemption: work(
      STEPS.mallorysRedemption,
      {
        src: 'redeemCaught',
        input: ({ context }) => ({ lab: context.lab, caught: context.caught }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.mallorysApiCall', guard: 'tokensIssued' },
          { target: '#mixUp.failed', actions: unexpected('The token endpoint refused Mallory.') },
        ],
      },
    ),
    mallorysApiCall: work(
      STEPS.mallorysApiCall,
      {
        src: 'callApi',
        input: ({ context }) => ({ lab: context.lab, tokens: context.stolen }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#mixUp.alicesPhotos', guard: 'photosReturned' },
          { target: '#mixUp.failed', actions: unexpected('The photo API refused.') },
        ],
      },
    ),
    alicesPhotos: end(STEPS.alicesPhotos),
    failed: end(STEPS.failed),
  },
})
