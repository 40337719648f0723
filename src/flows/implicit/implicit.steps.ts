import type { StepLink, StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './implicit.teaching'

/** Alice's browser window in this flow. */
export const BROWSER = 'browser'
const DEMO_LOGIN = { surface: BROWSER, fields: { username: 'alice', password: 'wonderland' } }
/** What replaces the implicit grant: the code flow with PKCE (RFC 9700 §2.1.2). */
const INSTEAD: StepLink = {
  flowId: 'authorization-code-pkce',
  text: 'Use this instead: step through Authorization Code with PKCE',
}

/**
 * The teaching text of the implicit grant (RFC 6749 §4.2), a legacy flow: the server runs the
 * rfc6749 profile for it, and a choice at the first step sends the same request to the default
 * oauth2.1 profile, which refuses it.
 */
const NARRATION = {
  request: {
    title: 'The legacy app builds an implicit authorization request',
    label: 'make state, response_type=token',
    from: 'client',
    to: 'client',
    channel: 'local',
    choices: [
      {
        event: 'choice.oauth21',
        label: 'Send it to an OAuth 2.1 server',
        hint: 'The server returns to its default oauth2.1 profile and answers the same request with unsupported_response_type.',
      },
    ],
    narration:
      'The legacy Printshop app is JavaScript in Alice’s browser, written when a browser could not call another site’s token endpoint. It asks for response_type=token: the access token itself, straight in the redirect, with no code and no token request, so there is nothing for PKCE to protect. It makes a one-time state, its only defence against a forged answer.',
    specRef: 'RFC 6749 §4.2.1 · browser-based apps BCP §7.2',
  },
  authorizationRequest: {
    title: 'The browser goes to /authorize with response_type=token',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      'Alice’s browser goes to /authorize with response_type=token, client_id=legacy-app, its redirect_uri, scope=photos.read and the state. This server runs the rfc6749 profile, the original OAuth 2.0 rules, under which legacy-app is registered for the implicit grant; it checks the exact redirect URI and sends the browser to its login page.',
    specRef: 'RFC 6749 §4.2.1, §3.1.2.2',
  },
  loginPage: {
    title: 'The authorization server shows its login page',
    label: 'GET /login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: DEMO_LOGIN,
    narration:
      'The browser follows the redirect, and the authorization server shows its own sign-in form. On this side the implicit grant is no different from the code flow: Alice’s password stays with the server.',
    specRef: 'RFC 6749 §3.1',
  },
  credentials: {
    title: 'Alice signs in',
    label: 'POST /login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts the username and password to the authorization server, which checks them and starts a session with a cookie. It answers 303 See Other, so the browser follows with a GET to the consent page.',
    specRef: 'RFC 6749 §3.1 · RFC 9700 §4.12',
  },
  loginRejected: {
    title: 'The authorization server refuses the sign-in',
    label: 'POST /login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: DEMO_LOGIN,
    narration:
      'The username or password did not match, so the server shows its login form again with an error. Type the demo credentials (alice / wonderland) or press Next step to sign in as Alice.',
    specRef: 'RFC 6749 §3.1',
  },
  consentPage: {
    title: 'The authorization server asks for consent',
    label: 'GET /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: { surface: BROWSER, fields: {}, submitter: 'approve' },
    choices: [
      {
        event: 'choice.deny',
        label: 'Deny',
        hint: 'Alice says no: the server redirects back with error=access_denied in the fragment.',
      },
    ],
    narration:
      'Alice is signed in, and the server asks whether the Legacy Printshop app may read her photos. Press Next step to allow, or Deny.',
    specRef: 'RFC 6749 §4.2 (B)',
  },
  approval: {
    title: 'Alice allows access; the server redirects with the access token itself',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=approve, and the server answers 303 with a Location that carries no code: the access_token itself, with token_type, expires_in, scope, the state and iss, after the # of the redirect URI. There is no refresh_token: the implicit grant never issues one, so when the hour is up the app must send Alice through the redirect again.',
    specRef: 'RFC 6749 §4.2.2',
  },
  denial: {
    title: 'Alice denies access; the server redirects with an error',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=deny. The server redirects back with error=access_denied, the state and iss, in the fragment as well.',
    specRef: 'RFC 6749 §4.2.2.1',
  },
  callback: {
    title: 'The token lands in the address bar, and in the browser history',
    label: 'GET /callback#access_token…',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect, and the fragment stays in the browser: the request to legacy.printshop.example carries no token, but the address bar shows it and the history keeps the whole URL. Anyone who can read that history (someone at the same computer, a synced profile, an extension) can copy the token and use it until it expires.',
    specRef: 'RFC 9700 §4.3.2 · RFC 3986 §3.5 · browser-based apps BCP §7.2',
  },
  deniedCallback: {
    title: 'The browser brings the error to the app',
    label: 'GET /callback#error=access_denied',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to the app’s callback with error=access_denied, the state and iss in the fragment. The app’s script checks iss and state before trusting the error.',
    specRef: 'RFC 6749 §4.2.2.1 · RFC 9207 §2.4',
  },
  readFragment: {
    title: 'The app’s own script reads the fragment: no library will',
    label: 'read location.hash',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'oauth4webapi, the library every other flow here uses, leaves the implicit grant out on purpose: it has no call that takes a token from a redirect. So the legacy app reads location.hash with its own few lines, checks iss and state, and takes the access token. Nothing tells it whether the token was issued to legacy-app at all: another app’s token planted in the fragment would look the same.',
    specRef: 'RFC 6749 §4.2.2, §10.16 · RFC 9207 §2.4 · RFC 9700 §4.6',
  },
  apiRequest: {
    title: 'The app calls the photo API with the token from the fragment',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The app’s JavaScript sends the token as Authorization: Bearer. The API checks it as usual and cannot tell how it was delivered: a bearer token works for whoever holds it.',
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
      'The API answers 200 with Alice’s photos: the grant worked, with no token request at all. No standard binds a token issued in a redirect to the client, so the same request works from any computer where the token was read.',
    specRef: 'RFC 6749 §7 · RFC 9700 §2.1.2',
  },
  useInstead: {
    title: 'Use the authorization code with PKCE instead',
    label: 'what replaces the implicit grant',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'success',
    seeAlso: INSTEAD,
    narration:
      'RFC 9700 says clients should not use the implicit grant, and OAuth 2.1 removes it: a token in a URL leaks through history and to any script on the page, can be injected, and is bound to no client. A browser app today uses the code flow with PKCE: only a one-time code crosses the address bar, worthless without the verifier. What once made implicit necessary, no cross-site calls to a token endpoint, is gone with CORS.',
    specRef: 'RFC 9700 §2.1.2 · OAuth 2.1 §10.1 · browser-based apps BCP §7.2',
  },
  accessDenied: {
    title: 'Access denied: the flow ends here',
    label: 'read error=access_denied',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'denied',
    seeAlso: INSTEAD,
    narration:
      'The iss and state checks passed, so the app trusts the error: Alice said no, and no token was issued. A new app would not use this grant at all.',
    specRef: 'RFC 6749 §4.2.2.1',
  },
  fragmentRejected: {
    title: 'The fragment fails the app’s checks: it stops',
    label: 'reject: iss or state mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    seeAlso: INSTEAD,
    narration:
      'The iss or the state in the fragment is not what the app expects, so the answer did not come from its own request, and the app throws it away. Those two checks are all an implicit client can make: the token itself could still have been issued to another app.',
    specRef: 'RFC 6749 §10.12 · RFC 9207 §2.4',
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
      'The resource server refused the request; its status and WWW-Authenticate header say why. With no refresh token, the app’s only way back is to send Alice through the redirect again.',
    specRef: 'RFC 6750 §3.1 · RFC 6749 §4.2.2',
  },
  refusedRequest: {
    title: 'The same request to an OAuth 2.1 server',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      'The authorization server returns to its default oauth2.1 profile, and the browser sends exactly the same request: response_type=token, client_id=legacy-app, the same redirect_uri, scope and state. OAuth 2.1 no longer defines response_type=token, so the server refuses it; the client and redirect URI check out, so it redirects back to the app with error=unsupported_response_type and a description, in the query.',
    specRef: 'OAuth 2.1 §10.1, §4.1.2.1',
  },
  refusedCallback: {
    title: 'The browser brings the refusal to the app',
    label: 'GET /callback?error=unsupported_response_type',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to the app’s callback, with error=unsupported_response_type, the error_description, the state and iss in the query string. No token was issued, and none will be: this server has no implicit grant to offer.',
    specRef: 'OAuth 2.1 §4.1.2.1 · RFC 9207 §2',
  },
  refused: {
    title: 'Refused: OAuth 2.1 has no implicit grant',
    label: 'read error=unsupported_response_type',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'refused',
    seeAlso: INSTEAD,
    narration:
      'An up-to-date authorization server refuses response_type=token outright, whatever the client. The fix is on the client: send response_type=code with a PKCE challenge, and redeem the code at the token endpoint.',
    specRef: 'OAuth 2.1 §10.1 · RFC 9700 §2.1.2',
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the flow does not expect; the message below says what happened. Restart to begin again with a fresh browser.',
    specRef: 'RFC 6749 §4.2',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (implicit.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
