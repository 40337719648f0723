import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-mix-up.teaching'

export const BROWSER = 'browser'
export const MALLORY_SCREEN = 'mallory'

/** The mix-up attack (RFC 9700 §4.4.1): iss checked ends at `issRefused`, ignored at `alicesPhotos`. */
const NARRATION = {
  toMallory: {
    title: 'Alice picks Mallory’s photo cloud, which bounces her to auth.photos.example',
    label: 'GET mallory.example/authorize',
    from: 'user-agent',
    to: 'attacker',
    channel: 'front',
    involved: ['resource-owner', 'client'],
    narration:
      'The Printshop web app works with several photo services. Alice picks “Mallory’s photo cloud” (authorization server https://mallory.example); the app remembers that choice, makes a state and a PKCE pair, and sends her there with its client_id at Mallory’s server. ' +
      'Mallory’s server shows no page: it redirects the browser to auth.photos.example with the same request and the app’s client_id there (photo-spa).',
    specRef: 'RFC 9700 §4.4.1 (steps 1-3)',
  },
  aliceApproves: {
    title: 'Alice signs in at auth.photos.example and allows',
    label: 'sign in, allow',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'Alice finds herself at the real authorization server with her real account: a vigilant user might wonder why, but the pages are genuine and ask for Printshop. She signs in and allows. ' +
      'The server redirects to the app’s callback with the code, the state and iss=https://auth.photos.example, as it does with every answer.',
    specRef: 'RFC 9700 §4.4.1 (step 4) · RFC 9207 §2',
  },
  callback: {
    title: 'The app receives the code, and checks who issued it',
    label: 'GET /callback?code&state&iss',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The app believes this flow is with Mallory’s server. With the iss check on, it compares iss with the issuer it stored for the request: https://auth.photos.example is not https://mallory.example. ' +
      'With it off, the app ignores iss; the state matches, so the answer looks fine. This is the one check the switch decides.',
    specRef: 'RFC 9207 §2.4 · RFC 9700 §4.4.2.1',
  },
  issRefused: {
    title: 'The app refuses the answer: another issuer sent it',
    label: 'reject: iss mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'attack-blocked',
    narration:
      'The app stops before any token request: the answer is not from the server it sent Alice to, so it must not go to that server’s token endpoint. Alice was bounced between servers, but Mallory never sees the code. ' +
      'The single check that stops her is the client’s iss comparison, which works because the server sends iss in every authorization response.',
    specRef: 'RFC 9207 §2.4 · RFC 9700 §4.4.2.1',
  },
  tokenToMallory: {
    title: 'The app sends the code, and its verifier, to Mallory’s token endpoint',
    label: 'POST mallory.example/token',
    from: 'client',
    to: 'attacker',
    channel: 'back',
    narration:
      'Believing the code came from Mallory’s server, the app redeems it there: it posts the code, its redirect_uri and its code_verifier to https://mallory.example/token. ' +
      'Mallory’s server keeps them and answers with an ordinary error, so the app asks Alice to sign in again. PKCE does not help: the verifier went to Mallory with the code.',
    specRef: 'RFC 9700 §4.4.1 (step 5)',
  },
  mallorysRedemption: {
    title: 'Mallory redeems Alice’s code at auth.photos.example',
    label: 'POST /token',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'From her server’s log, Mallory takes the code and the code_verifier and posts them to the real token endpoint as photo-spa, a public client. ' +
      'Every check passes: the code is photo-spa’s, the redirect URI is the registered one, and the verifier matches the challenge, because it is the app’s own.',
    specRef: 'RFC 9700 §4.4.1 (step 6) · RFC 7636 §4.6',
  },
  mallorysApiCall: {
    title: 'Mallory calls the photo API with Alice’s token',
    label: 'GET /photos',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The token endpoint answered 200 with an access token for Alice’s photos. Mallory sends it as a bearer token, and the photo API’s checks all pass, because it is genuine.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
  },
  alicesPhotos: {
    title: 'Mallory holds Alice’s token and her photos',
    label: '200 OK: Alice’s photos',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The photo API answers with Alice’s album. The app was fooled into sending one server’s code to another; its state and PKCE were both in order and stopped nothing. ' +
      'The single check that stops mix-up is the client’s iss check: turn the switch on and run it again.',
    specRef: 'RFC 9700 §4.4.2 · RFC 9207 §2.4',
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the scenario does not expect; the message below says what happened. Restart to run it again.',
    specRef: 'RFC 9700 §4.4',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-mix-up.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
