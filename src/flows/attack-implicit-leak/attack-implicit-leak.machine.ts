import { stepStates, unexpected } from '../kit/step-states'
import { implicitLeakSetup as flowSetup } from './attack-implicit-leak.setup'
import { STEPS } from './attack-implicit-leak.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#implicitLeak.failed',
  actions: 'storeFailure',
})

/**
 * Credential leakage via browser history (RFC 9700 §4.3):
 *
 *   1 aliceSignsIn         front  /authorize (code + PKCE, or token) … → redirect with code | #token
 *   2 callback             front  GET the callback: the app reads the code or the fragment
 *   3 tokenRequest         back   code flow only: POST /token with the verifier
 *   4 history              oob    +20 min: Mallory reads the history, copies the callback address
 *   5 mallorysApiCall      back   a token in it: GET /photos → 200        6 alicesPhotos
 *   5 mallorysTokenRequest back   a code in it: POST /token → 400         6 codeRefused
 * What the history holds, and the servers' answers, decide the path.
 */
export const implicitLeakMachine = flowSetup.createMachine({
  id: 'implicitLeak',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'aliceSignsIn',
  states: {
    aliceSignsIn: work(
      STEPS.aliceSignsIn,
      {
        src: 'signIn',
        input: ({ context }) => ({ lab: context.lab, switches: context.switches }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeSignIn', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicitLeak.callback', guard: 'redirected' },
          { target: '#implicitLeak.failed', actions: unexpected('The server did not redirect.') },
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
          { target: '#implicitLeak.tokenRequest', guard: 'codeAccepted' },
          { target: '#implicitLeak.history', guard: 'tokenRead' },
          { target: '#implicitLeak.failed', actions: unexpected('The app refused its callback.') },
        ],
      },
    ),
    tokenRequest: work(
      STEPS.tokenRequest,
      {
        src: 'redeem',
        input: ({ context }) => ({ lab: context.lab, context }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeTokens', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicitLeak.history', guard: 'tokensIssued' },
          { target: '#implicitLeak.failed', actions: unexpected('The app got no tokens.') },
        ],
      },
    ),
    history: work(
      STEPS.history,
      {
        src: 'readHistory',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeHistory', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicitLeak.mallorysApiCall', guard: 'tokenInHistory' },
          { target: '#implicitLeak.mallorysTokenRequest', guard: 'codeInHistory' },
          {
            target: '#implicitLeak.failed',
            actions: unexpected('The history holds neither a token nor a code.'),
          },
        ],
      },
    ),
    mallorysApiCall: work(
      STEPS.mallorysApiCall,
      {
        src: 'useToken',
        input: ({ context }) => ({ lab: context.lab, url: context.copied ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicitLeak.alicesPhotos', guard: 'photosReturned' },
          { target: '#implicitLeak.failed', actions: unexpected('The photo API refused.') },
        ],
      },
    ),
    alicesPhotos: end(STEPS.alicesPhotos),
    mallorysTokenRequest: work(
      STEPS.mallorysTokenRequest,
      {
        src: 'redeemCopiedCode',
        input: ({ context }) => ({ lab: context.lab, url: context.copied ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicitLeak.codeRefused', guard: 'codeRefused' },
          {
            target: '#implicitLeak.failed',
            actions: unexpected('The token endpoint did not refuse the spent code with a 400.'),
          },
        ],
      },
    ),
    codeRefused: end(STEPS.codeRefused),
    failed: end(STEPS.failed),
  },
})
