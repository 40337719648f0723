import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-code-interception.teaching'

/** Alice's phone: its browser, where she signs in. */
export const BROWSER = 'browser'
/** Mallory's app, on the same phone: what it holds. */
export const MALLORY_SCREEN = 'mallory'

/**
 * The authorization code interception attack of RFC 7636 §1, step by step. The plan with PKCE on
 * ends at `refused`; with PKCE off it runs on through `mallorysTokens` to `alicesPhotos`.
 */
const NARRATION = {
  appStarts: {
    title: 'The Printshop app prepares its authorization request',
    label: 'make state (and PKCE pair)',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'The Printshop app on Alice’s phone is a public client (photo-spa): it cannot keep a secret, so anyone can say client_id=photo-spa. With PKCE on, it makes a random code_verifier, keeps it, and puts only its SHA-256 hash, the code_challenge, in the request; with PKCE off, nothing in the request is known to the app alone. Either way it adds a random state.',
    specRef: 'RFC 7636 §4.1-4.3 · RFC 6749 §2.1',
  },
  aliceApproves: {
    title: 'Alice signs in and allows; the server redirects with a code',
    label: 'sign in, allow',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The phone’s browser goes to the authorization endpoint, Alice signs in with her password and allows the Printshop app to read her photos: nothing here is unusual, and nothing is fooled yet. The server answers with a redirect to the app’s redirect URI, carrying the authorization code, the state and iss. The browser now hands that URL to whichever app the phone says owns it.',
    specRef: 'RFC 6749 §4.1.1-4.1.2 · RFC 9207 §2',
  },
  intercepted: {
    title: 'The phone hands the code to Mallory’s app',
    label: 'take the redirect from the phone',
    from: 'attacker',
    to: 'attacker',
    channel: 'local',
    involved: ['user-agent'],
    narration:
      'Mallory’s app, on the same phone, registered itself for the Printshop app’s redirect URI too: any app may claim a custom scheme, and an https URI is safe only where the phone checks which app owns the domain, as this one does not. It picks Mallory’s: the phone is the party fooled here. The handover happens inside the phone, with no HTTP; the real app never hears of the code.',
    specRef: 'RFC 7636 §1 · RFC 8252 §7.2, §8.1 · RFC 9700 §3 (A3)',
  },
  mallorysTokenRequest: {
    title: 'Mallory’s app trades the code at the token endpoint',
    label: 'POST /token (no code_verifier)',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Mallory’s app posts grant_type=authorization_code, the code, the redirect_uri and client_id=photo-spa to the token endpoint: for a public client that is all the authentication there is. It sends no code_verifier, because the verifier never left the real app. This is the one request PKCE decides: compare it with and without the switch.',
    specRef: 'RFC 6749 §4.1.3 · RFC 7636 §4.5',
  },
  refused: {
    title: 'The token endpoint refuses: the code needs the app’s verifier',
    label: '400 error',
    from: 'authorization-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'The authorization server kept the code_challenge with the code, so it will only redeem the code with the code_verifier that hashes to it, and Mallory has none: it refuses with the error below. The phone was still fooled, but Mallory gains nothing usable: a code without its verifier is worthless. The single check that stops her is the server’s PKCE check at the token endpoint.',
    specRef: 'RFC 7636 §4.6 · RFC 9700 §2.1.1, §4.5.3.1',
  },
  mallorysTokens: {
    title: 'The token endpoint gives Mallory Alice’s tokens',
    label: '200 OK: tokens',
    from: 'authorization-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    narration:
      'Without PKCE, the code is bound only to photo-spa and its redirect URI, and both are public: the server cannot tell Mallory’s app from the real one. It answers 200 with an access token for Alice’s photos, and a refresh token to get more.',
    specRef: 'RFC 6749 §4.1.4 · RFC 9700 §4.5',
  },
  mallorysApiCall: {
    title: 'Mallory’s app calls the photo API with Alice’s token',
    label: 'GET /photos',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The access token is a bearer token: whoever holds it may use it. Mallory’s app sends it in the Authorization header exactly as the real app would. The photo API checks the signature, issuer, audience, expiry and scope, and every check passes, because the token is genuine.',
    specRef: 'RFC 6750 §1.2, §2.1 · RFC 9068 §4',
  },
  alicesPhotos: {
    title: 'Mallory’s app downloads Alice’s photos',
    label: '200 OK: Alice’s photos',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The photo API answers 200 with Alice’s album, and Mallory holds a real access token and refresh token for it. The phone was fooled into handing over the code, and the authorization server into redeeming it for a stranger. The single check that stops this is PKCE: turn the switch on and run it again.',
    specRef: 'RFC 7636 §1 · RFC 9700 §2.1.1',
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
    specRef: 'RFC 7636 §1',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-code-interception.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
