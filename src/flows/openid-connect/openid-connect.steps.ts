import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './openid-connect.teaching'

/** Alice's browser window in this flow. */
export const BROWSER = 'browser'
const DEMO_LOGIN = { surface: BROWSER, fields: { username: 'alice', password: 'wonderland' } }

/**
 * The teaching text of the OpenID Connect sign-in (OIDC Core §3.1, the authorization code flow),
 * keyed by the machine's state names. Printshop is a confidential web app: its server keeps the
 * PKCE verifier, the nonce, the secret and the tokens.
 */
const NARRATION = {
  start: {
    title: 'Printshop prepares a sign-in: PKCE, state and a nonce',
    label: 'make code_verifier, state, nonce',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'Printshop’s server makes a PKCE code_verifier and its S256 code_challenge, a one-time state, and a nonce: a random value the ID token must carry back. It keeps all four in Alice’s session on its own server. The scope it asks for starts with openid, which turns the OAuth request into an OpenID Connect sign-in; profile and email ask for her name and address, photos.read for her photos.',
    specRef: 'OIDC Core §3.1.2.1 · RFC 7636 §4.1, §4.2',
  },
  authorizationRequest: {
    title: 'The browser goes to /authorize with scope openid and a nonce',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['client'],
    narration:
      'Printshop redirects Alice’s browser to /authorize with response_type=code, client_id=printshop, its redirect_uri, scope=openid profile email photos.read, the state, the nonce and the code_challenge. The authorization server checks the client and the exact redirect URI, keeps the nonce for the ID token it will issue, and sends the browser on to its login page.',
    specRef: 'OIDC Core §3.1.2.1, §3.1.2.2 · RFC 7636 §4.3',
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
      'The browser follows the redirect, and the authorization server answers with its own sign-in form. This is what OpenID Connect is about: Alice proves who she is to the authorization server, and Printshop never sees her password.',
    specRef: 'OIDC Core §3.1.2.3 · RFC 6749 §3.1',
  },
  credentials: {
    title: 'Alice signs in at the authorization server',
    label: 'POST /login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts the username and password to the authorization server, which checks them, notes the time of the sign-in (it becomes auth_time in the ID token) and starts its own session with a cookie. It answers 303 See Other, so the browser follows with a GET to the consent page.',
    specRef: 'OIDC Core §3.1.2.3 · RFC 9700 §4.12',
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
      'The username or password did not match, so the server shows its login form again with an error, and no session starts. Printshop is not told: its sign-in request simply waits. Type the demo credentials (alice / wonderland) or press Next step.',
    specRef: 'OIDC Core §3.1.2.3',
  },
  consentPage: {
    title: 'The authorization server asks Alice what Printshop may know',
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
      'The server asks Alice whether Printshop may know who she is, see her name and email address, and read her photos: one line for each scope it asked for. Press Next step to allow, or Deny.',
    specRef: 'OIDC Core §3.1.2.4, §5.4',
  },
  approval: {
    title: 'Alice allows it; the server redirects with a code',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=approve. The server makes a one-time code bound to printshop, the redirect URI, the code_challenge and the nonce. It redirects the browser to https://printshop.example/callback with the code, the unchanged state and iss.',
    specRef: 'OIDC Core §3.1.2.5 · RFC 9207 §2',
  },
  denial: {
    title: 'Alice denies it; the server redirects with an error',
    label: 'POST /consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The browser posts decision=deny. The server redirects back to Printshop’s callback with error=access_denied, the state and iss. No code is made, so no ID token will be either.',
    specRef: 'OIDC Core §3.1.2.6 · RFC 6749 §4.1.2.1',
  },
  callback: {
    title: 'The browser brings the code to Printshop’s server',
    label: 'GET /callback?code&state&iss',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to Printshop’s callback, on Printshop’s server. oauth4webapi checks that iss names the server Printshop sent Alice to, then that state matches the one in her session. Nothing here says who Alice is yet: the code is only a ticket for the token endpoint.',
    specRef: 'OIDC Core §3.1.2.5 · RFC 9207 §2.4 · RFC 6749 §10.12',
  },
  deniedCallback: {
    title: 'The browser brings the error to Printshop',
    label: 'GET /callback?error=access_denied',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The browser follows the redirect to Printshop’s callback with error=access_denied, the state and iss. Printshop checks iss and state before trusting the error, as it would for a code.',
    specRef: 'OIDC Core §3.1.2.6 · RFC 9207 §2.4',
  },
  tokenRequest: {
    title: 'Printshop’s server trades the code at /token, with its secret',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Printshop’s server posts the code, its redirect_uri and the code_verifier to /token, and authenticates with its secret in an Authorization: Basic header (client_secret_basic). The server checks the secret, that the code was issued to printshop for this redirect URI, and that SHA-256 of the verifier matches the stored challenge.',
    specRef: 'OIDC Core §3.1.3.1 · RFC 6749 §2.3.1 · RFC 7636 §4.6',
  },
  tokenResponse: {
    title: 'The tokens arrive, with an ID token',
    label: '200 OK: tokens + id_token',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'Because the scope held openid, the answer carries an id_token beside the access and refresh tokens: a signed JWT about Alice, addressed to Printshop. oauth4webapi has already checked its algorithm, iss, aud, exp, iat, sub and nonce. It skips the signature (OIDC Core lets TLS from the token endpoint stand in) and at_hash (optional here); the next step goes through the claims one by one.',
    specRef: 'OIDC Core §3.1.3.3, §3.1.3.5, §3.1.3.7',
  },
  tokenError: {
    title: 'The token response was refused',
    label: 'error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'Either the token endpoint answered with an error (its error and error_description say why), or there was no ID token, or oauth4webapi refused the one it returned. A code is single-use and lives 60 seconds: skipping ahead in time before the token request shows the expiry. Restart to sign in again.',
    specRef: 'OIDC Core §3.1.3.4, §3.1.3.7 · RFC 6749 §5.2',
  },
  idTokenChecks: {
    title: 'Printshop checks the ID token, claim by claim',
    label: 'validate id_token',
    from: 'client',
    to: 'client',
    channel: 'local',
    narration:
      'Printshop checks the ID token as the inspector does: iss is the issuer it called, aud holds printshop, exp is ahead on the lab clock, nonce is the one in Alice’s session, at_hash is the left half of SHA-256 over the access token. The nonce ties the token to this sign-in, so a replayed one fails; at_hash ties the access token to it. Only now may Printshop conclude the server vouches for this user (sub).',
    specRef: 'OIDC Core §3.1.3.7, §3.1.3.8, §3.1.3.6',
  },
  idTokenRejected: {
    title: 'A check failed: Printshop signs no one in',
    label: 'reject id_token',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'One of the checks failed, so Printshop must not sign anyone in with this token; the list below says which and why. A wrong nonce means a replayed or injected ID token, a wrong aud one issued to another app, and a wrong at_hash an access token swapped in beside it.',
    specRef: 'OIDC Core §3.1.3.7, §3.1.3.8',
  },
  userinfoRequest: {
    title: 'Printshop asks the UserInfo endpoint, with the access token',
    label: 'GET /userinfo',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'For Alice’s name and email, Printshop’s server calls the UserInfo endpoint with the access token as Authorization: Bearer. This is the access token doing its job: it is a key for an API (here the authorization server’s own UserInfo endpoint), which checks that it is valid and carries the openid scope.',
    specRef: 'OIDC Core §5.3.1 · RFC 6750 §2.1',
  },
  userinfoResponse: {
    title: 'UserInfo answers with Alice’s profile',
    label: '200 OK: claims',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The endpoint answers with claims about the user: sub, name, given_name, family_name, email and email_verified, as the profile and email scopes allow. oauth4webapi checks that sub is the ID token’s sub before Printshop uses any of it: a different sub would mean an answer about someone else.',
    specRef: 'OIDC Core §5.3.2, §5.4',
  },
  userinfoError: {
    title: 'The UserInfo endpoint refused the token',
    label: 'UserInfo error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The UserInfo endpoint refused the request; its status and WWW-Authenticate header say why. A 401 with invalid_token means an expired or revoked access token, a 403 with insufficient_scope one without openid. Restart to sign in again.',
    specRef: 'OIDC Core §5.3.3 · RFC 6750 §3.1',
  },
  conclusions: {
    title: 'What each token proves, and to whom',
    label: 'sign Alice in',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'success',
    narration:
      'The ID token is for Printshop (its aud): the server authenticated this user, when, for this sign-in, so Printshop may start a session for her. The access token is for APIs: it says someone allowed access, not who is here, and another app’s token would look as good, which fooled sites that signed people in with one. A refresh brings a new ID token too (OIDC Core §12.2); UserInfo adds profile claims.',
    specRef: 'OIDC Core §2, §3.1.3.7 · RFC 6749 §10.16 · RFC 9068 §6',
  },
  accessDenied: {
    title: 'Access denied: Printshop signs no one in',
    label: 'read error=access_denied',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'denied',
    narration:
      'The iss and state checks passed, so Printshop trusts the error: Alice said no. There is no code, so no ID token and no sign-in; Printshop offers to try again.',
    specRef: 'OIDC Core §3.1.2.6',
  },
  stateMismatch: {
    title: 'State does not match: Printshop stops',
    label: 'reject: state mismatch',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'rejected',
    narration:
      'The state in the callback is not the one in Alice’s session, so the answer did not come from her own sign-in: someone may be trying to log her into their account (login CSRF). Printshop throws the code away and never calls the token endpoint.',
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
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the flow does not expect; the message below says what happened. Restart to begin again with a fresh browser.',
    specRef: 'OIDC Core §3.1',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (openid-connect.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
