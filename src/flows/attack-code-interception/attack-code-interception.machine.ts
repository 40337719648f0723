import { stepStates } from '../kit/step-states'
import { codeInterceptionSetup as flowSetup } from './attack-code-interception.setup'
import { STEPS } from './attack-code-interception.steps'

const { work, rest, end } = stepStates(flowSetup, {
  target: '#codeInterception.failed',
  actions: 'storeFailure',
})

/**
 * The authorization code interception attack (RFC 7636 §1) on the public client photo-spa:
 *
 *   1 appStarts            local  the app makes state (and, with PKCE, verifier + challenge)
 *   2 aliceApproves        front  /authorize, /login, /consent → 303 redirect_uri?code…
 *   3 intercepted          local  the phone's OS hands the redirect URL to Mallory's app
 *   4 mallorysTokenRequest back   Mallory POSTs /token with the code and no verifier
 *   5 refused              the 400 of 4: the end with PKCE
 * Without PKCE: 5 mallorysTokens (the 200 of 4), 6 mallorysApiCall GET /photos, 7 alicesPhotos.
 * The server's answer at step 4 decides the path; nothing here knows the switch.
 */
export const codeInterceptionMachine = flowSetup.createMachine({
  id: 'codeInterception',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'appStarts',
  states: {
    appStarts: work(
      STEPS.appStarts,
      {
        src: 'startAuthorization',
        input: ({ context }) => ({ switches: context.switches }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStart', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#codeInterception.aliceApproves' },
    ),
    aliceApproves: work(
      STEPS.aliceApproves,
      {
        src: 'signInAndAllow',
        input: ({ context }) => ({ lab: context.lab, url: context.start?.url ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApproval', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#codeInterception.intercepted', guard: 'codeIssued', actions: 'intercept' },
          { target: '#codeInterception.failed', actions: 'noCode' },
        ],
      },
    ),
    intercepted: rest(STEPS.intercepted, { 'step.next': 'mallorysTokenRequest' }),
    mallorysTokenRequest: work(
      STEPS.mallorysTokenRequest,
      {
        src: 'redeemStolenCode',
        input: ({ context }) => ({ lab: context.lab, url: context.intercepted ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#codeInterception.mallorysTokens', guard: 'tokensIssued' },
          { target: '#codeInterception.refused', guard: 'tokenRefused' },
          { target: '#codeInterception.failed', actions: 'tokenFailed' },
        ],
      },
    ),
    refused: end(STEPS.refused),
    mallorysTokens: rest(STEPS.mallorysTokens, { 'step.next': 'mallorysApiCall' }),
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
          { target: '#codeInterception.alicesPhotos', guard: 'photosReturned' },
          { target: '#codeInterception.failed', actions: 'apiRefused' },
        ],
      },
    ),
    alicesPhotos: end(STEPS.alicesPhotos),
    failed: end(STEPS.failed),
  },
})
