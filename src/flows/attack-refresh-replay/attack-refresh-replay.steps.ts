import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-refresh-replay.teaching'

export const BROWSER = 'browser'
export const MALLORY_SCREEN = 'mallory'

/** Refresh token replay (RFC 9700 §4.14): rotation on ends at `theftDetected`, off at `alicesPhotos`. */
const NARRATION = {
  earlier: {
    title: 'Earlier: Alice connected the Printshop web app',
    label: 'Authorization Code + PKCE',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner', 'client'],
    narration:
      'Alice signed in and allowed the Printshop web app (photo-spa), a single-page app that keeps its tokens in the browser. The whole Authorization Code flow with PKCE ran as usual; its requests are in the HTTP below. The app now holds an access token that works for an hour, and a refresh token to get new ones without asking Alice again.',
    specRef: 'RFC 6749 §4.1, §1.5 · RFC 7636',
  },
  stolen: {
    title: 'A script Mallory slipped into the page sends her the refresh token',
    label: 'POST mallory.example/collect',
    from: 'client',
    to: 'attacker',
    channel: 'back',
    narration:
      'Mallory found a cross-site scripting hole in one of the app’s pages. Her script runs inside the app with the app’s rights, reads the refresh token where the app keeps it, and posts it to https://mallory.example/collect. The app is the party fooled: it ran her code, and it notices nothing.',
    specRef: 'browser-based apps BCP §5.1.1 · RFC 9700 §4.14.1',
    choices: [
      {
        event: 'choice.malloryFirst',
        label: 'Mallory refreshes first',
        hint: 'Let Mallory use the stolen refresh token before the app does. With rotation on, reuse detection catches the second use, whoever makes it.',
      },
    ],
  },
  clientRefreshes: {
    title: 'An hour later, the app refreshes its tokens',
    label: 'POST /token (refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The access token has expired, so the app sends its refresh token to the token endpoint, as it should. With rotation, the server answers with a new refresh token and marks the old one as used, remembering that both belong to one grant. Without rotation, the same refresh token stays valid.',
    specRef: 'RFC 6749 §6 · RFC 9700 §4.14.2',
  },
  mallorysRefresh: {
    title: 'Mallory presents the stolen refresh token',
    label: 'POST /token (stolen refresh_token)',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'From her own laptop, Mallory posts grant_type=refresh_token with the token her script sent her, and client_id=photo-spa: a public client has no secret, so the refresh token alone is the key. It is the token the app has just presented. This is the one request rotation decides.',
    specRef: 'RFC 6749 §6 · RFC 9700 §4.14.2',
  },
  appCutOff: {
    title: 'The app’s next refresh is refused too: the whole grant is revoked',
    label: 'POST /token (its new refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The server cannot tell which of the two was the thief, so when the used token came back it revoked the active refresh token and the grant behind it. An hour later the app presents the new refresh token it got in step 3, and that is refused as well: Alice will have to sign in again. Access tokens already issued are JWTs the API checks itself: they work until they expire.',
    specRef: 'RFC 9700 §4.14.2 · OAuth 2.1 §4.3.1',
  },
  theftDetected: {
    title: 'Theft detected: the stolen refresh token is dead',
    label: '400 invalid_grant',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'Rotation cannot keep a stolen refresh token from being used first, but the second presentation of a used token gives the theft away, whoever makes it. The app was fooled into running Mallory’s script, yet Mallory holds only a revoked refresh token. The single check that stops her is rotation with reuse detection at the token endpoint.',
    specRef: 'RFC 9700 §4.14.2 · OAuth 2.1 §4.3.1',
  },
  mallorysApiCall: {
    title: 'Mallory mints an access token and calls the photo API',
    label: 'GET /photos',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The token endpoint answered 200 with a fresh access token for Alice’s photos. Without rotation nothing looks wrong to the server: the refresh token is valid, and it has never been told it was used before. Mallory calls the photo API with the new access token.',
    specRef: 'RFC 6749 §6 · RFC 6750 §2.1',
  },
  alicesPhotos: {
    title: 'Mallory holds Alice’s photos, and a refresh token that keeps working',
    label: '200 OK: Alice’s photos',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The photo API answers with Alice’s album. Mallory can mint a new access token whenever she likes, for as long as the refresh token lives, while the app goes on working and notices nothing. The single check that stops this is refresh token rotation with reuse detection: turn the switch on and run it again.',
    specRef: 'RFC 9700 §4.14.2',
  },
  malloryFirst: {
    title: 'Mallory refreshes first, before the app',
    label: 'POST /token (stolen refresh_token)',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'This time Mallory is quicker: she presents the stolen refresh token before the app has used it. It is valid and unused, so the server answers 200 with new tokens for her and, with rotation, marks the old refresh token as used. Nothing in her request tells her apart from the app.',
    specRef: 'RFC 6749 §6 · RFC 9700 §4.14.2',
  },
  appRefusedFirst: {
    title: 'An hour later, the app’s refresh is refused: its token was already used',
    label: 'POST /token (the used refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The app presents its refresh token, which it has never used itself. The server sees a used token come back, so someone holds a copy; it cannot tell which party is the thief, so it revokes the whole grant, the refresh token it gave Mallory included, and answers invalid_grant.',
    specRef: 'RFC 9700 §4.14.2 · OAuth 2.1 §4.3.1',
  },
  mallorysTokenDead: {
    title: 'Mallory’s new refresh token is refused: the grant is revoked',
    label: 'POST /token (her new refresh_token)',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'When her access token runs out, Mallory presents the refresh token the server gave her. It belonged to the revoked grant, so it is refused as well. Her head start bought her one access token, which the API, checking the JWT itself, accepts until it expires.',
    specRef: 'RFC 9700 §4.14.2 · RFC 9068 §4',
  },
  reuseDetected: {
    title: 'Theft detected the other way round: Mallory’s refresh token is dead',
    label: '400 invalid_grant',
    from: 'authorization-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'Whoever presents a used refresh token second gives the theft away: here it was the app, and its refusal is the alarm that revoked Mallory’s tokens. The app was cut off too, so Alice signs in again. The single check that stops Mallory is rotation with reuse detection at the token endpoint.',
    specRef: 'RFC 9700 §4.14.2 · OAuth 2.1 §4.3.1',
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
    specRef: 'RFC 9700 §4.14',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-refresh-replay.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
