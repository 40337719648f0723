import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { QUIZ } from './authorization-code-pkce.quiz'
import { TEACHING } from './authorization-code-pkce.teaching'

/** Alice's browser window in this flow. */
export const BROWSER = 'browser'
const DEMO_LOGIN = { surface: BROWSER, fields: { username: 'alice', password: 'wonderland' } }

/**
 * The teaching text of every step of the Authorization Code + PKCE flow, keyed by the machine's
 * state names. The machine puts each entry in its state's `meta`; nothing else writes narration.
 * Wording follows OAuth 2.1 and RFC 9700 where they refine RFC 6749.
 */
const NARRATION = {
  pkce: {
    title: 'The client makes a PKCE verifier and challenge',
    label: 'make code_verifier, code_challenge, state',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'Before sending Alice anywhere, the Printshop web app makes a code_verifier: 32 random bytes, base64url-encoded to 43 characters. ' +
      'It hashes the verifier with SHA-256 and base64url-encodes the digest: that is the code_challenge, method S256. ' +
      'It also makes a one-time random state to recognise the answer later. The verifier never leaves the client until the token request.',
    specRef: 'RFC 7636 §4.1, §4.2',
  },
  authorizationRequest: {
    title: 'The browser goes to the authorization endpoint',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      "The client sends Alice's browser to /authorize with response_type=code, client_id=photo-spa, its registered redirect_uri, scope=photos.read, the state and the code_challenge with code_challenge_method=S256. " +
      'The authorization server checks the client and the exact redirect URI first, and stores the challenge with the request. ' +
      'Nobody is signed in yet, so it redirects the browser to its login page.',
    specRef: 'RFC 6749 §4.1.1 · RFC 7636 §4.3 · RFC 9700 §2.1',
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
      'The browser follows the redirect, and the authorization server answers with its own sign-in form. ' +
      'Alice types her password on the authorization server’s page, never into the client; that is why RFC 9700 forbids the old password grant. ' +
      'How the server authenticates its users is up to the server; OAuth leaves it out of scope.',
    specRef: 'RFC 6749 §3.1 · RFC 9700 §2.4',
  },
  credentials: {
    title: 'Alice signs in',
    label: 'POST /login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts the username and password to the authorization server, which checks them and starts a session with a cookie. ' +
      'It answers 303 See Other, so the browser follows with a GET. A 307 would make the browser repeat the POST, password included, to the next address; a server that sent it straight back to the client would hand Printshop Alice’s password. ' +
      'The client has still seen nothing of Alice’s credentials.',
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
      'The username or password did not match, so the server shows its login form again with an error, and no session starts. ' +
      'The client is not told: the authorization request simply waits. ' +
      'Type the demo credentials (alice / wonderland) or press Next step to sign in as Alice.',
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
        hint: 'Alice says no: the server redirects back with error=access_denied.',
      },
    ],
    narration:
      'Alice is signed in, and the authorization server asks her whether the Printshop web app (photo-spa) may read her photos: the page names the client and each scope it asked for. ' +
      'The decision is made on the server’s own page, which refuses to be framed by other sites, so no client can click it for her. ' +
      'Press Next step to allow, or Deny.',
    specRef: 'RFC 6749 §4.1 (B) · RFC 9700 §4.16',
  },
  approval: {
    title: 'Alice allows access; the server redirects with a code',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=approve. The authorization server makes a one-time authorization code, bound to photo-spa, the redirect URI and the code_challenge, valid for 60 seconds of lab time. ' +
      'It answers 303 with a Location of the registered redirect URI carrying the code, the unchanged state, and iss: its own issuer identifier, which the client checks in the next step.',
    specRef: 'RFC 6749 §4.1.2 · RFC 7636 §4.4 · RFC 9207 §2',
  },
  denial: {
    title: 'Alice denies access; the server redirects with an error',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=deny. The redirect URI was checked at the start, so the error goes back to the client rather than onto the server’s page. ' +
      'The server answers 303 to the redirect URI with error=access_denied, an error_description, the unchanged state and iss. No code is made.',
    specRef: 'RFC 6749 §4.1.2.1 · RFC 9207 §2',
  },
  callback: {
    title: 'The browser brings the code to the client; the client checks iss and state',
    label: 'GET /callback?code&state&iss',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to the app’s callback, so code, state and iss arrive in the query string, in plain view. ' +
      'The client library checks that iss names the server it sent Alice to, then that state is the one it stored; the iss check stops mix-up attacks, which need a client that uses several authorization servers. ' +
      'The code alone buys nothing: the token endpoint also wants the code_verifier.',
    specRef: 'RFC 9207 §2.4 · RFC 9700 §4.4.2, §4.7.1 · OAuth 2.1 §4.1.2',
  },
  deniedCallback: {
    title: 'The browser brings the error to the client',
    label: 'GET /callback?error=access_denied',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to the client’s callback with error=access_denied, the error_description, the state and iss. ' +
      'The client checks iss and state before trusting the error, as it would for a code.',
    specRef: 'RFC 6749 §4.1.2.1 · RFC 9207 §2.4',
  },
  tokenRequest: {
    title: 'The client trades the code and verifier at /token',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'The app’s JavaScript, still in Alice’s browser, posts the code, its client_id (a public client has no secret) and the code_verifier straight to the token endpoint: a direct request, not a redirect. ' +
      'The server computes BASE64URL(SHA-256(code_verifier)) and compares it with the stored code_challenge, so only whoever started the flow can redeem the code.',
    specRef: 'RFC 6749 §4.1.3 · RFC 7636 §4.5, §4.6 · OAuth 2.1 §10.2',
  },
  tokenResponse: {
    title: 'The authorization server returns the tokens',
    label: '200 OK: tokens',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The server answers 200 with JSON: an access_token of token_type Bearer, its expires_in, the granted scope and a refresh_token, marked Cache-Control: no-store; the code is now spent. ' +
      'The tokens live in the page’s memory, where a script injected into the app could reach them. ' +
      'The client treats the access token as opaque and only sends it on.',
    specRef:
      'RFC 6749 §5.1 · RFC 9700 §2.2.2, §4.14.2 · browser-based apps BCP §6.1, §6.3 · RFC 9068 §6',
  },
  apiRequest: {
    title: 'The client calls the photo API with the access token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The app’s JavaScript sends the access token in the Authorization header: Bearer, then the token. ' +
      'The resource server checks the JWT’s signature against the authorization server’s published keys, its typ at+jwt, the issuer, that aud names this API, the expiry, and that the scope includes photos.read. ' +
      'The first time, it fetches those keys itself: the server’s metadata, then its JWKS, over the back channel.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4 · RFC 8414 §3',
  },
  photos: {
    title: 'The photo API returns Alice’s photos',
    label: '200 OK: photos',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'success',
    narration:
      'The API answers 200 with Alice’s photos as JSON. ' +
      'Printshop got exactly what Alice allowed, read access to her photos, without ever seeing her password. ' +
      'The access token works for an hour; with the refresh token the app can get new ones until the refresh token expires or Alice revokes the app’s access.',
    specRef: 'RFC 6749 §1.5, §7 · RFC 6750 §2.1',
  },
  accessDenied: {
    title: 'Access denied: the flow ends here',
    label: 'read error=access_denied',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'denied',
    narration:
      'The iss and state checks passed, so the client trusts the error: Alice said no. No code was issued, so there is nothing to trade for a token. ' +
      'A good client tells Alice that printing needs access to her photos and offers to ask again; it never retries on its own.',
    specRef: 'RFC 6749 §4.1.2.1',
  },
  stateMismatch: {
    title: 'State does not match: the client stops',
    label: 'reject: state mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'The state in the callback is not the one this client stored, so the answer did not come from its own request: another site may be trying to plant its own code (cross-site request forgery). ' +
      'The client throws the code away and never calls the token endpoint.',
    specRef: 'RFC 6749 §10.12 · RFC 9700 §4.7',
  },
  issuerMismatch: {
    title: 'The answer names another issuer: the client stops',
    label: 'reject: iss mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'The iss parameter in the callback is missing or names a different authorization server from the one this client sent Alice to. ' +
      'That is the sign of a mix-up attack, where a code from one server is steered to another; the client discards the response.',
    specRef: 'RFC 9207 §2.4 · RFC 9700 §4.4',
  },
  tokenError: {
    title: 'The token endpoint refused the code',
    label: '400 error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The authorization server answered with an error instead of tokens; its error and error_description say why. ' +
      'A code is single-use and lives 60 seconds, and the verifier must match the challenge: skipping ahead in time before the token request shows the expiry. Restart to run the flow again with a fresh code.',
    specRef: 'RFC 6749 §5.2 · RFC 7636 §4.6',
  },
  apiError: {
    title: 'The photo API refused the token',
    label: 'API error',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The resource server refused the request; its status and WWW-Authenticate header say why. ' +
      '401 with invalid_token (expired, say) calls for a refresh or a new grant; 403 with insufficient_scope calls for a new grant with more scope; 400 means a malformed request, and 503 a server that is not ready. ' +
      'Restart to get a fresh token.',
    specRef: 'RFC 6750 §3, §3.1',
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
    specRef: 'RFC 6749 §4.1',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes and quiz (authorization-code-pkce.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING, QUIZ)

export type StepId = keyof typeof NARRATION
