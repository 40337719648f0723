import type { StepLink, StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './password.teaching'

/** The legacy app's own screen: its sign-in form. */
export const APP_SCREEN = 'app'
/** What replaces the password grant for a server-side app: the code flow with its secret and PKCE. */
const INSTEAD: StepLink = {
  flowId: 'authorization-code-confidential',
  text: 'Use this instead: step through the authorization code flow for a web server',
}

/**
 * The teaching text of the resource owner password credentials grant (RFC 6749 §4.3), a legacy
 * flow: the server runs the rfc6749 profile for it, and a choice at the first step sends the same
 * request to the default oauth2.1 profile, which refuses it.
 */
const NARRATION = {
  appForm: {
    title: 'Alice types her password into the legacy app’s own form',
    label: 'username + password',
    from: 'resource-owner',
    to: 'client',
    channel: 'out-of-band',
    choices: [
      {
        event: 'choice.mistype',
        label: 'Alice mistypes her password',
        hint: 'The app sends what she typed; the server answers invalid_grant, and the app learns the password was wrong.',
      },
      {
        event: 'choice.oauth21',
        label: 'Send it to an OAuth 2.1 server',
        hint: 'The server returns to its default oauth2.1 profile and answers the same request with unsupported_grant_type.',
      },
    ],
    narration:
      'The legacy Printshop app has its own sign-in form: “Sign in with your photos.example account”. Alice types her photos.example username and password into a page the app controls, and the app receives them in plain text. Nothing tells her it is not the authorization server’s page, which is the very habit phishing sites count on.',
    specRef: 'RFC 6749 §4.3.1 · RFC 9700 §2.4',
  },
  tokenRequest: {
    title: 'The app sends Alice’s password to /token',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'The app’s server posts grant_type=password, username, password and scope=photos.read to the token endpoint, with legacy-app’s secret (client_secret_basic). oauth4webapi has no call for this grant, which OAuth 2.1 left out; its genericTokenEndpointRequest sends any grant_type. Alice’s password now crosses a second party’s server, where it can be logged, cached or kept.',
    specRef: 'RFC 6749 §4.3.2 · RFC 9700 §2.4',
  },
  tokenResponse: {
    title: 'The server returns an access token, and no refresh token',
    label: '200 OK: token',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The server checks the client’s secret, then Alice’s password, and answers 200 with an access_token for photos.read; this server issues no refresh token for the grant. RFC 6749 tells the client to discard the password once it has a token, but nobody can check that it did, and an app without a refresh token is tempted to keep it to sign in again in an hour.',
    specRef: 'RFC 6749 §4.3.3, §4.3.1',
  },
  apiRequest: {
    title: 'The app calls the photo API with the token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The app sends the access token as Authorization: Bearer. The API checks it as for any client, and cannot tell that the user typed her password into the client.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
  },
  photos: {
    title: 'The photo API returns Alice’s photos',
    label: '200 OK: photos',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The API answers 200 with Alice’s photos: the grant did its job in a single request. It needed no browser and no redirect, which is why old tutorials and mobile apps liked it.',
    specRef: 'RFC 6749 §7',
  },
  passwordHeld: {
    title: 'What the app held: Alice’s password, not just a key to her photos',
    label: 'the app held the password',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'For a moment the app held the one secret that opens everything in Alice’s account: the scope limited the token, never the password. Her password now lives in one more place it can leak from, her account cannot ask for a second factor or a passkey because the app only passes a password on, and she has learned to type it wherever she is asked. That is why RFC 9700 says this grant MUST NOT be used.',
    specRef: 'RFC 9700 §2.4 · browser-based apps BCP §7.3',
  },
  useInstead: {
    title: 'Send Alice to the authorization server instead',
    label: 'what replaces the password grant',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'success',
    seeAlso: INSTEAD,
    narration:
      'Instead of collecting passwords, the app sends Alice to the authorization server’s own page, as the code grant does: she signs in there, with a second factor or a passkey if asked, and the app gets tokens only for what she allowed. A server-side app like this one redeems the code from its server, with its secret and PKCE. OAuth 2.1 leaves the password grant out; this server refuses it outside the rfc6749 profile.',
    specRef: 'RFC 9700 §2.4 · OAuth 2.1 §10 · browser-based apps BCP §7.3',
  },
  wrongPasswordRequest: {
    title: 'The app sends the mistyped password',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Alice mistyped, and the app sends what she typed to /token, exactly as it sent the right password. The server cannot tell a typo from a guess, so it limits wrong tries (five a minute for a user here): any client registered for this grant can test passwords.',
    specRef: 'RFC 6749 §4.3.2',
  },
  wrongPassword: {
    title: 'invalid_grant: the app learns the password was wrong',
    label: '400 invalid_grant',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    seeAlso: INSTEAD,
    narration:
      'The server answers 400 invalid_grant: the username or password is wrong. The app now knows whether a password works, an answer no client gets in the code flow, where the sign-in happens on the authorization server’s page.',
    specRef: 'RFC 6749 §5.2, §4.3.2',
  },
  refusedRequest: {
    title: 'The same request to an OAuth 2.1 server',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'The authorization server returns to its default oauth2.1 profile, and the app sends exactly the same request: grant_type=password, Alice’s username and password, and its secret. OAuth 2.1 has no password grant, so the server refuses the grant type; the password has still crossed the network, and the refusal cannot undo that.',
    specRef: 'OAuth 2.1 §10 · RFC 9700 §2.4',
  },
  refused: {
    title: 'Refused: OAuth 2.1 has no password grant',
    label: '400 unsupported_grant_type',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    seeAlso: INSTEAD,
    narration:
      'The server answers 400 unsupported_grant_type, with an error_description that says why: the grant gives the user’s password to the client. The fix is on the client: send Alice to the authorization server with the authorization code grant.',
    specRef: 'OAuth 2.1 §3.2.4 · RFC 9700 §2.4',
  },
  tokenError: {
    title: 'The token endpoint refused the request',
    label: 'error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    seeAlso: INSTEAD,
    narration:
      'The authorization server answered with an error instead of a token; its error and error_description say why. Restart to run the flow again.',
    specRef: 'RFC 6749 §5.2',
  },
  apiError: {
    title: 'The photo API refused the token',
    label: 'API error',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    seeAlso: INSTEAD,
    narration:
      'The resource server refused the request; its status and WWW-Authenticate header say why. With no refresh token, the app can only ask for Alice’s password again, or use the one it should have discarded.',
    specRef: 'RFC 6750 §3.1 · RFC 6749 §4.3.1',
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the flow does not expect; the message below says what happened. Restart to begin again.',
    specRef: 'RFC 6749 §4.3',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (password.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
