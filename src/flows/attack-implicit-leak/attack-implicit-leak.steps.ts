import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-implicit-leak.teaching'

export const BROWSER = 'browser'
export const MALLORY_SCREEN = 'mallory'

/**
 * Credential leakage via browser history (RFC 9700 §4.3): the code flow ends at `codeRefused`,
 * the implicit grant at `alicesPhotos`.
 */
const NARRATION = {
  aliceSignsIn: {
    title: 'Alice connects Printshop on a shared computer',
    label: 'sign in, allow',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner', 'client'],
    narration:
      'At the library, Alice connects the Printshop web app to her photos. With the code flow, the app asks for response_type=code with a PKCE challenge; with the implicit grant, it asks for response_type=token. She signs in and allows, and the server redirects back: with the code in the query, or with the access token itself in the URL fragment.',
    specRef: 'RFC 6749 §4.1.1, §4.2.1 · RFC 9700 §2.1.2',
  },
  callback: {
    title: 'The browser brings the answer to the app',
    label: 'GET /callback',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser loads the app’s callback page. A fragment is never sent to a server, but it stays in the address bar, and every address the browser shows goes into its history, token and all. The app’s script checks iss and state and reads what came back: the access token from the fragment, or the code from the query.',
    specRef: 'RFC 6749 §4.2.2 · RFC 3986 §3.5 · RFC 9207 §2.4',
  },
  tokenRequest: {
    title: 'The app redeems the code with its verifier',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'With the code flow, the app posts the code and its code_verifier to the token endpoint and gets the access token in the response body, never in a URL. The code in the address bar is now spent.',
    specRef: 'RFC 6749 §4.1.3 · RFC 7636 §4.5',
  },
  history: {
    title: 'Later, Mallory reads the browser’s history',
    label: 'open the history',
    from: 'attacker',
    to: 'user-agent',
    channel: 'out-of-band',
    wait: 'Twenty minutes later',
    narration:
      'Alice has gone; Mallory sits down at the same computer and opens the history. Nothing is hacked: browsers keep every address they showed, and people share computers. She copies the address of the app’s callback page.',
    specRef: 'RFC 9700 §4.3.1, §4.3.2',
  },
  mallorysApiCall: {
    title: 'Mallory calls the photo API with the token from the fragment',
    label: 'GET /photos',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The fragment holds a live bearer token for Alice’s photos, valid for an hour. Mallory sends it from her own laptop, and the photo API cannot tell it from the app’s. This is a request the code flow never lets her make: its URL holds no token.',
    specRef: 'RFC 9700 §4.3.2 · RFC 6750 §2.1',
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
      'The photo API answers with Alice’s album. The history leaked, and the implicit grant had put a live token there to leak; the photo API, fooled, served a token read off a shared screen. The single change that stops this is the code flow instead of the implicit grant: RFC 9700 says clients should not use implicit, and OAuth 2.1 removes it.',
    specRef: 'RFC 9700 §2.1.2, §4.3.2 · OAuth 2.1 §10',
  },
  mallorysTokenRequest: {
    title: 'Mallory tries to redeem the code from the history',
    label: 'POST /token (no code_verifier)',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'All the code flow left in the history is a code. Mallory posts it to the token endpoint as photo-spa, without a code_verifier: that never left the app. The same address that held a token in the implicit grant is all she has.',
    specRef: 'RFC 6749 §4.1.3 · RFC 9700 §4.3.1',
  },
  codeRefused: {
    title: 'The token endpoint refuses: the code is worthless to Mallory',
    label: '400 error',
    from: 'authorization-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'The code is bound to the app’s PKCE challenge, was spent twenty minutes ago and expired after 60 seconds: the server refuses with the first of these it checks, below. The history leaked just as before, but held nothing usable. The single change that stops this attack is the code flow: the token never travels in a URL.',
    specRef: 'RFC 9700 §2.1.2, §4.3.1 · RFC 7636 §4.6',
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
    specRef: 'RFC 9700 §4.3',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-implicit-leak.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
