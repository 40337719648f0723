import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-audience.teaching'

export const BROWSER = 'browser'
export const MALLORY_SCREEN = 'mallory'

/** Token replay at another API (RFC 9068 §4): aud checked ends at `refused`, not at `alicesCalendar`. */
const NARRATION = {
  earlier: {
    title: 'Earlier: Alice let the Printshop web app read her photos',
    label: 'Authorization Code + PKCE',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner', 'client'],
    narration:
      'Alice signed in and allowed the Printshop web app to read her photos; the whole Authorization Code flow with PKCE ran as usual, its requests are in the HTTP below. ' +
      'The app holds an access token whose aud is https://api.photos.example: the authorization server issued it for the photo API and nothing else. Alice never let Printshop near her calendar.',
    specRef: 'RFC 6749 §4.1 · RFC 9068 §3',
  },
  stolen: {
    title: 'A script Mallory slipped into the page sends her the access token',
    label: 'POST mallory.example/collect',
    from: 'client',
    to: 'attacker',
    channel: 'back',
    narration:
      'Mallory’s script, injected through a cross-site scripting hole, runs in the app’s page, reads the access token and posts it to https://mallory.example/collect. ' +
      'It is a bearer token: whoever holds it can use it at the photo API for an hour. Mallory wants more than the photos.',
    specRef: 'browser-based apps BCP §5.1.1 · RFC 9700 §3 (A5)',
  },
  calendarRequest: {
    title: 'Mallory tries the photo token at the calendar API',
    label: 'GET /events',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The calendar API at api.calendar.example trusts the same authorization server and has no scopes of its own: it serves the calendar of whoever the token names. Mallory sends it Alice’s photo token. ' +
      'The signature, the issuer and the expiry are all genuine; only aud says the token was meant for another API. This is the one request the audience check decides.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
  },
  refused: {
    title: 'The calendar API refuses: the token is not for it',
    label: '401 invalid_token',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'The calendar API compares the token’s aud, https://api.photos.example, with its own identifier, and refuses with 401 invalid_token. ' +
      'The app was fooled into running Mallory’s script, and the stolen token still opens the photo API, which is what Alice allowed; but nothing else, so Mallory gains no calendar. The single check that stops her here is the resource server’s aud check.',
    specRef: 'RFC 9068 §4 · RFC 9700 §2.3 · RFC 6750 §3.1',
  },
  alicesCalendar: {
    title: 'The calendar API gives Mallory Alice’s calendar',
    label: '200 OK: Alice’s calendar',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The calendar API answers 200 with Alice’s appointments, which she never shared with anyone: the calendar API was fooled by a token meant for the photo API. ' +
      'A token for one API became a key to every API that trusts the same authorization server. The single check that stops this is aud at each resource server (a client asks for a token per API with RFC 8707’s resource parameter).',
    specRef: 'RFC 9068 §4 · RFC 8707 §1 · RFC 9700 §2.3',
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
    specRef: 'RFC 9068 §4',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-audience.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
