import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-csrf.teaching'

/** Alice's browser, and Mallory's own. */
export const ALICE_BROWSER = 'alice'
export const MALLORY_BROWSER = 'mallory'

/**
 * Cross-site request forgery on the redirect (RFC 9700 §4.7): Mallory's code injected into
 * Alice's session at the client. State on ends at `stateRefused`; state off and PKCE on at
 * `pkceRefused`; both off at `linkedToMallory`.
 */
const NARRATION = {
  mallorysCode: {
    title: 'Mallory gets a code for her own account',
    label: 'sign in as mallory, keep the redirect',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      'Mallory opens the Printshop web app in her own browser, starts connecting her photos and signs in to auth.photos.example as herself: an attacker can be a user too. The server redirects her browser back to the app with a code for Mallory’s account, but she does not follow the redirect. She copies the URL, code and all, and plants it behind a link on her own site: https://mallory.example/free-prints.',
    specRef: 'RFC 9700 §3, §4.7',
  },
  aliceConnects: {
    title: 'Alice starts connecting Printshop to her photos',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client', 'resource-owner'],
    narration:
      'In her own browser, Alice presses Connect in the Printshop web app. With state on, the app stores a random state for this browser; with PKCE on, a code_verifier too, sending only its hash. It sends her to the authorization endpoint, and the server answers with its login page. The app now waits for the answer in Alice’s browser.',
    specRef: 'RFC 6749 §4.1.1, §10.12 · RFC 7636 §4.3',
  },
  aliceOpensLink: {
    title: 'Alice opens Mallory’s link',
    label: 'GET /free-prints',
    from: 'user-agent',
    to: 'attacker',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'In another tab, Alice opens a link Mallory mailed her: https://mallory.example/free-prints, “free prints for new customers”. Mallory’s site answers 303 to the Printshop callback with Mallory’s code, so Alice’s browser goes to the client as if the authorization server had sent it. Alice never meant to make that request: this is cross-site request forgery.',
    specRef: 'RFC 9700 §4.7 · RFC 6819 §4.4.1.8',
  },
  forgedCallback: {
    title: 'The Printshop web app receives Mallory’s code in Alice’s browser',
    label: 'GET /callback?code (Mallory’s)',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to https://spa.printshop.example/callback with Mallory’s code (and her state, when she used one) and the genuine iss: everything in it is real, only the browser is the wrong one. With state on, the app compares the state with the one it stored for Alice’s browser in step 2; with state off, it has nothing to compare and takes the code.',
    specRef: 'RFC 6749 §4.1.2, §10.12 · RFC 9207 §2.4',
  },
  stateRefused: {
    title: 'The app refuses the callback: the state is not Alice’s',
    label: 'reject: state mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'attack-blocked',
    narration:
      'The state in the callback is Mallory’s, not the one the app stored for Alice’s browser, so the answer cannot belong to Alice’s request: the app throws the code away and never calls the token endpoint. Alice was fooled into opening the link, but Mallory gains nothing. The single check that stops her is the client’s state comparison.',
    specRef: 'RFC 6749 §10.12 · RFC 9700 §4.7.1',
  },
  tokenRequest: {
    title: 'The app redeems Mallory’s code as if it were Alice’s',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Without a state check, the app posts the code to the token endpoint, with the code_verifier it stored for Alice’s browser if it uses PKCE. With state off, this is the one request PKCE decides: compare it with the switch on and off.',
    specRef: 'RFC 6749 §4.1.3 · RFC 7636 §4.5',
  },
  pkceRefused: {
    title: 'The token endpoint refuses: the verifier is not the code’s',
    label: '400 invalid_grant',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'Mallory’s code is bound to the code_challenge of her own session; Alice’s app sent the verifier of Alice’s session. They do not match, so the server refuses. The app was fooled into taking the code, but PKCE ties a code to the browser that started the flow, so RFC 9700 accepts it in place of state against CSRF. Mallory gains nothing; the server’s PKCE comparison stopped her.',
    specRef: 'RFC 7636 §4.6 · RFC 9700 §4.5.3.1, §4.7.1',
  },
  apiRequest: {
    title: 'The app, believing the token is Alice’s, fetches the photos',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The token endpoint answered 200: Alice’s Printshop session now holds an access token for Mallory’s account. Nothing tells the app; it calls the photo API with the token, as it would for Alice.',
    specRef: 'RFC 6749 §4.1.4 · RFC 6750 §2.1',
  },
  linkedToMallory: {
    title: 'Alice’s Printshop is connected to Mallory’s account',
    label: '200 OK: Mallory’s album',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The API answers with Mallory’s album, and the app shows it to Alice as her own. Alice works in Mallory’s account without knowing it: with a scope that allowed writing, whatever she saved through Printshop would land where Mallory reads it. The client was fooled: it took a callback its own request never produced. Either single check stops this: state at the client, or PKCE at the token endpoint.',
    specRef: 'RFC 9700 §4.7, §4.5',
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
    specRef: 'RFC 9700 §4.7',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-csrf.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
