import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './authorization-code-confidential.teaching'

/** Alice's browser window in this flow. */
export const BROWSER = 'browser'
const DEMO_LOGIN = { surface: BROWSER, fields: { username: 'alice', password: 'wonderland' } }

/**
 * The teaching text of the authorization code grant for a confidential client (RFC 6749 §4.1,
 * OAuth 2.1 §2.1, §4.1), keyed by the machine's state names: Printshop's web server holds a
 * secret, and still uses PKCE.
 */
const NARRATION = {
  pkce: {
    title: 'Printshop’s server makes a PKCE verifier, a challenge and state',
    label: 'make code_verifier, code_challenge, state',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'Printshop runs on its own server, so it can keep a secret; it still makes a code_verifier, its S256 code_challenge and a state, kept in Alice’s session there. The secret proves which client redeems a code, not that the code came from Alice’s request: a stolen code injected into another session would be redeemed too. PKCE ties the code to this session; OAuth 2.1 requires it here too, unless an OIDC nonce does the job.',
    specRef: 'RFC 7636 §4.1, §4.2 · OAuth 2.1 §7.5.1 · RFC 9700 §2.1.1',
  },
  authorizationRequest: {
    title: 'The browser goes to the authorization endpoint',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      'Printshop’s server answers Alice’s browser with a redirect to /authorize: response_type=code, client_id=printshop, redirect_uri https://printshop.example/callback, scope=photos.read, the state and the code_challenge. The authorization server checks the client and the exact redirect URI, stores the challenge, and sends the browser to its login page.',
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
      'The browser follows the redirect, and the authorization server answers with its own sign-in form. Alice types her password there, never into Printshop: a confidential client is trusted with its own secret, not with hers.',
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
      'The username or password did not match, so the server shows its login form again with an error, and no session starts. Type the demo credentials (alice / wonderland) or press Next step to sign in as Alice.',
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
      'Alice is signed in, and the authorization server asks whether Printshop may read her photos. The server knows it can authenticate printshop later, at the token endpoint, and may weigh that when it decides how often to ask; this lab asks every time. Press Next step to allow, or Deny.',
    specRef: 'RFC 6749 §4.1 (B) · OAuth 2.1 §2.1',
  },
  approval: {
    title: 'Alice allows access; the server redirects with a code',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=approve. The server makes a one-time code bound to printshop, the redirect URI and the code_challenge, valid for 60 seconds of lab time. It redirects the browser to the registered redirect URI with the code, the unchanged state and iss.',
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
      'The browser posts decision=deny. The server redirects back to Printshop’s callback with error=access_denied, the state and iss. No code is made.',
    specRef: 'RFC 6749 §4.1.2.1 · RFC 9207 §2',
  },
  callback: {
    title: 'The browser brings the code to Printshop’s server',
    label: 'GET /callback?code&state&iss',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to https://printshop.example/callback, a page of Printshop’s server, not JavaScript in the browser. There oauth4webapi checks that iss names the server Printshop sent Alice to, then that state matches the one in her session. The code in the address bar is all the browser ever holds of the grant.',
    specRef: 'RFC 9207 §2.4 · RFC 6749 §4.1.2, §10.12',
  },
  deniedCallback: {
    title: 'The browser brings the error to Printshop’s server',
    label: 'GET /callback?error=access_denied',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to Printshop’s callback with error=access_denied, the state and iss. Printshop checks iss and state before trusting the error, as it would for a code.',
    specRef: 'RFC 6749 §4.1.2.1 · RFC 9207 §2.4',
  },
  tokenRequest: {
    title: 'Printshop’s server redeems the code with its secret and the verifier',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Printshop’s server posts the code, the redirect_uri and the code_verifier, authenticating with Authorization: Basic, its client_id and secret (client_secret_basic). The secret never leaves its server, so the authorization server knows it is printshop asking; a public client like photo-spa, whose code anyone can read, cannot be authenticated so. The server checks the secret, the code, then the verifier.',
    specRef: 'RFC 6749 §4.1.3, §2.3.1 · OAuth 2.1 §2.1, §2.4.1 · RFC 7636 §4.6',
  },
  tokenResponse: {
    title: 'The tokens arrive at Printshop’s server, and stay there',
    label: '200 OK: tokens',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The server answers 200 with an access_token, its expires_in, the scope and a refresh_token, marked Cache-Control: no-store. They arrive at Printshop’s server and stay there: Alice’s browser never sees a token, so a script injected into Printshop’s pages has none to steal, unlike photo-spa’s tokens in page memory. The refresh token only works together with printshop’s secret.',
    specRef: 'RFC 6749 §5.1, §10.4 · OAuth 2.1 §2.1 · RFC 9700 §2.2.2',
  },
  apiRequest: {
    title: 'Printshop’s server calls the photo API',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'Printshop’s server sends the access token as Authorization: Bearer, server to server. The photo API checks the JWT as for any client: signature against the published keys, typ at+jwt, issuer, audience, expiry and scope photos.read.',
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
      'The API answers 200 with Alice’s photos, and Printshop’s server renders its page for her browser. The bearer token worked as it would for any client: what the secret protected was the token request, not the token.',
    specRef: 'RFC 6749 §1.4, §7 · RFC 6750 §2.1',
  },
  contrast: {
    title: 'Confidential or public: what changed, and what did not',
    label: 'compare with photo-spa',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'success',
    seeAlso: {
      flowId: 'authorization-code-pkce',
      text: 'Step through the same grant for the public client photo-spa',
    },
    narration:
      'The grant is the one photo-spa uses, with the same front channel, consent page and PKCE; two things differ. Printshop authenticated at the token endpoint with a secret only its server holds, and its tokens live on that server, where photo-spa’s live in the browser within reach of any injected script. Both use PKCE: a secret says who redeems a code, never whose sign-in it came from.',
    specRef: 'OAuth 2.1 §2.1, §7.5.1 · RFC 9700 §2.1.1 · browser-based apps BCP §6.1',
  },
  accessDenied: {
    title: 'Access denied: the flow ends here',
    label: 'read error=access_denied',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'denied',
    narration:
      'The iss and state checks passed, so Printshop trusts the error: Alice said no. No code was issued, so there is nothing to redeem, secret or not.',
    specRef: 'RFC 6749 §4.1.2.1',
  },
  stateMismatch: {
    title: 'State does not match: Printshop stops',
    label: 'reject: state mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'The state in the callback is not the one in Alice’s session, so the answer did not come from her own request (cross-site request forgery). Printshop throws the code away and never calls the token endpoint.',
    specRef: 'RFC 6749 §10.12 · RFC 9700 §4.7',
  },
  issuerMismatch: {
    title: 'The answer names another issuer: Printshop stops',
    label: 'reject: iss mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'The iss parameter in the callback is missing or names another authorization server than the one Printshop sent Alice to. That is the sign of a mix-up attack, so Printshop discards the response.',
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
      'The authorization server answered with an error instead of tokens; its error and error_description say why. A code is single-use and lives 60 seconds: skipping ahead in time before the token request shows the expiry. Restart to run the flow again.',
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
      'The resource server refused the request; its status and WWW-Authenticate header say why. Restart to get a fresh token.',
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

/** Every step, with its speaker notes (authorization-code-confidential.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
