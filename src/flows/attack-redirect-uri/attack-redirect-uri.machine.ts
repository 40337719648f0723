import { stepStates, unexpected } from '../kit/step-states'
import { redirectUriSetup as flowSetup } from './attack-redirect-uri.setup'
import { STEPS } from './attack-redirect-uri.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#redirectUri.failed',
  actions: 'storeFailure',
})

/**
 * Insufficient redirect URI validation (RFC 9700 §4.1):
 *
 *   1 craftedLink          local  Mallory builds the request: redirect_uri …/callback/../gallery/mallory
 *   2 aliceOpensLink       front  GET /authorize → 400 error page (exact) | 302 /login (prefix)
 *   3 refused              the error page of 2: the end with exact matching
 *   3 aliceApproves        front  /login, /consent → 303 /gallery/mallory?code…
 *   4 galleryPage          front  GET /gallery/mallory?code… → 200, an image on mallory.example
 *   5 imageLoads           front  GET mallory.example/prints/sunset.svg, Referer: the page's URL
 *   6 mallorysTokenRequest back   Mallory POSTs /token with the code and her verifier → 200
 *   7 mallorysApiCall      back   GET /photos with Alice's token → 200
 *   8 alicesPhotos         the 200 of 7
 */
export const redirectUriMachine = flowSetup.createMachine({
  id: 'redirectUri',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'craftedLink',
  states: {
    craftedLink: work(
      STEPS.craftedLink,
      {
        src: 'craft',
        onDone: {
          target: 'shown',
          actions: { type: 'storeCrafted', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#redirectUri.aliceOpensLink' },
    ),
    aliceOpensLink: work(
      STEPS.aliceOpensLink,
      {
        src: 'openLink',
        input: ({ context }) => ({ lab: context.lab, url: context.crafted?.url ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeAuthorize', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#redirectUri.refused', guard: 'refusedWithPage' },
          { target: '#redirectUri.aliceApproves', guard: 'redirectedToLogin' },
          {
            target: '#redirectUri.failed',
            actions: unexpected(
              'The authorization endpoint answered neither an error page nor its login.',
            ),
          },
        ],
      },
    ),
    refused: end(STEPS.refused),
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
          { target: '#redirectUri.galleryPage', guard: 'codeIssued' },
          { target: '#redirectUri.failed', actions: unexpected('The server sent no code.') },
        ],
      },
    ),
    galleryPage: work(
      STEPS.galleryPage,
      {
        src: 'browserFollow',
        input: ({ context }) => ({ lab: context.lab, role: 'user-agent' as const }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeGallery', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#redirectUri.imageLoads' },
    ),
    imageLoads: work(
      STEPS.imageLoads,
      {
        src: 'loadImages',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeImages', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#redirectUri.mallorysTokenRequest', guard: 'codeLeaked' },
          {
            target: '#redirectUri.failed',
            actions: unexpected('No Referer with the code reached mallory.example.'),
          },
        ],
      },
    ),
    mallorysTokenRequest: work(
      STEPS.mallorysTokenRequest,
      {
        src: 'redeem',
        input: ({ context }) => ({
          lab: context.lab,
          leaked: context.leaked,
          crafted: context.crafted,
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#redirectUri.mallorysApiCall', guard: 'tokensIssued' },
          {
            target: '#redirectUri.failed',
            actions: unexpected('The token endpoint refused Mallory.'),
          },
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
          { target: '#redirectUri.alicesPhotos', guard: 'photosReturned' },
          {
            target: '#redirectUri.failed',
            actions: unexpected('The photo API refused the token.'),
          },
        ],
      },
    ),
    alicesPhotos: end(STEPS.alicesPhotos),
    failed: end(STEPS.failed),
  },
})
