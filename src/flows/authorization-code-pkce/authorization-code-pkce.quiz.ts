import type { StepTeaching } from '../kit/teaching'

/**
 * The classroom quiz of the authorization code pkce flow ("What happens next?"): for each step, two wrong
 * answers to set beside its title, each with why it is wrong. Merged into the step table by
 * authorization-code-pkce.steps.ts; the speaker notes are in authorization-code-pkce.teaching.ts.
 */
export const QUIZ: Readonly<Record<string, StepTeaching>> = {
  pkce: {
    quiz: [
      {
        answer: 'The client asks Alice for her username and password',
        why: 'Alice never gives her password to a client: she signs in only on the authorization server’s page, and RFC 9700 §2.4 forbids the password grant that would let a client collect it.',
      },
      {
        answer: 'The server sends the client a code_challenge to use',
        why: 'The client makes both values itself: the challenge is derived from its own random verifier, and the server only stores what it is sent (RFC 7636 §4.1, §4.2).',
      },
    ],
  },
  authorizationRequest: {
    quiz: [
      {
        answer: 'The client puts the code_verifier in the /authorize URL',
        why: 'Only the S256 challenge travels in the authorization request; the verifier stays secret until the token request, so whoever reads the URL cannot redeem the code (RFC 7636 §4.3, §4.5).',
      },
      {
        answer: 'The client calls /authorize itself with fetch',
        why: 'The authorization endpoint is for the browser to visit, so that Alice sees the server’s own pages, and it must not support CORS (RFC 9700 §2.6, OAuth 2.1 §3.1).',
      },
    ],
  },
  loginPage: {
    quiz: [
      {
        answer: 'Printshop shows Alice its own login form',
        why: 'A client that collects the user’s password is the password grant, which RFC 9700 §2.4 forbids; credentials are entered only at the authorization server.',
      },
      {
        answer: 'The server redirects straight back with a code',
        why: 'Nobody is signed in yet, and the server must authenticate Alice and get her decision before it issues a code (OAuth 2.1 §4.1, §4.1.1).',
      },
    ],
  },
  credentials: {
    quiz: [
      {
        answer: 'The browser sends Alice’s password to Printshop',
        why: 'The form posts to the authorization server’s own origin, and the resource owner’s credentials are never shared with the client (OAuth 2.1 §1.3.1).',
      },
      {
        answer: 'Printshop receives Alice’s session cookie',
        why: 'The session belongs to the authorization server, and how it authenticates Alice is none of the client’s business (OAuth 2.1 §3.1, §1.3.1).',
      },
    ],
  },
  loginRejected: {
    quiz: [
      {
        answer: 'The server redirects to Printshop with an error',
        why: 'A failed sign-in ends nothing: the form is shown again, and an error redirect is for a request that the user or the server has refused (RFC 6749 §4.1.2.1).',
      },
      {
        answer: 'Printshop asks Alice to type her password again',
        why: 'Printshop takes no part in the sign-in: the form and its error message belong to the authorization server (OAuth 2.1 §1.3.1, §3.1).',
      },
    ],
  },
  consentPage: {
    quiz: [
      {
        answer: 'Printshop asks Alice which photos it may read',
        why: 'Consent is asked on the authorization server’s own page, which the client can neither word nor click for Alice (RFC 6749 §4.1, RFC 9700 §4.16).',
      },
      {
        answer: 'The server redirects back to Printshop after sign-in',
        why: 'Signing in only proves who Alice is; the server must still establish whether she grants the access Printshop asked for before it issues a code (OAuth 2.1 §4.1, §7.3).',
      },
    ],
  },
  approval: {
    quiz: [
      {
        answer: 'The server redirects back with the access token',
        why: 'Tokens in a redirect are the implicit grant, left out of OAuth 2.1 because tokens in URLs leak; the redirect carries only a short-lived code (OAuth 2.1 §10.1, RFC 9700 §2.1.2).',
      },
      {
        answer: 'The server sends the code to Printshop over the back channel',
        why: 'The authorization server delivers the code only by redirecting Alice’s browser to the registered redirect URI (RFC 6749 §4.1.2, OAuth 2.1 §4.1.2).',
      },
    ],
  },
  denial: {
    quiz: [
      {
        answer: 'The server shows an error page and stays there',
        why: 'The client and its redirect URI were verified at the start, so the server tells the client by redirecting with error=access_denied (RFC 6749 §4.1.2.1).',
      },
      {
        answer: 'The server issues a code with no scope',
        why: 'A denial issues no code at all: the redirect carries error=access_denied and the state instead (RFC 6749 §4.1.2.1, OAuth 2.1 §4.1.2.1).',
      },
    ],
  },
  callback: {
    quiz: [
      {
        answer: 'The client verifies the code’s signature',
        why: 'The code is opaque to the client and carries nothing it could verify; only the authorization server can judge it, at the token endpoint (OAuth 2.1 §4.1.2).',
      },
      {
        answer: 'The code arrives in the URL fragment',
        why: 'The code response adds code and state to the query of the redirect URI; the fragment was how the implicit grant returned tokens (RFC 6749 §4.1.2, §4.2.2).',
      },
    ],
  },
  deniedCallback: {
    quiz: [
      {
        answer: 'The server tells Printshop over the back channel',
        why: 'The authorization server has no back channel to the client: it reports the refusal by redirecting Alice’s browser to the redirect URI (RFC 6749 §4.1.2.1).',
      },
      {
        answer: 'Printshop’s token request fails with access_denied',
        why: 'Without a code there is no token request at all: the client learns of the refusal from the error in the redirect (RFC 6749 §4.1.2.1, §5.2).',
      },
    ],
  },
  tokenRequest: {
    quiz: [
      {
        answer: 'The client sends the code with its client secret',
        why: 'photo-spa is a public client: code delivered to a browser cannot keep a secret, so it sends only its client_id and proves itself with the verifier (RFC 6749 §2.1, OAuth 2.1 §2.1).',
      },
      {
        answer: 'The browser is redirected to /token with the code',
        why: 'The token request is a POST the client makes itself, never a redirect, so the tokens come back in a response body and not in a URL (OAuth 2.1 §3.2, §1.3.1).',
      },
    ],
  },
  tokenResponse: {
    quiz: [
      {
        answer: 'The server redirects the browser with the tokens',
        why: 'The tokens come back in the body of the 200 answer to the client’s own POST, so they never appear in a URL or the history (OAuth 2.1 §3.2.3, RFC 9700 §4.3.2).',
      },
      {
        answer: 'The server sets the tokens in a cookie',
        why: 'The token response is JSON in the body, marked Cache-Control: no-store, for the client to keep as it sees fit (OAuth 2.1 §3.2.3, RFC 6749 §5.1).',
      },
    ],
  },
  apiRequest: {
    quiz: [
      {
        answer: 'The client sends the refresh token to the photo API',
        why: 'Refresh tokens are only ever sent to the authorization server; resource servers get access tokens (RFC 6749 §1.5, OAuth 2.1 §1.3.2).',
      },
      {
        answer: 'The client adds ?access_token= to the photos URL',
        why: 'Clients must not send access tokens in a URI query, where logs and the history keep them; the Authorization header is the way (OAuth 2.1 §5.1, RFC 9700 §4.3.2).',
      },
    ],
  },
  photos: {
    quiz: [
      {
        answer: 'The photo API asks Alice to approve the request',
        why: 'Alice approved once, at the authorization server; the API decides from the token’s signature, issuer, audience, expiry and scope (RFC 9068 §4, RFC 6749 §7).',
      },
      {
        answer: 'The photo API returns the photos and a fresh token',
        why: 'Resource servers never issue tokens: only the authorization server does, at its token endpoint (OAuth 2.1 §1.1, §3.2).',
      },
    ],
  },
  accessDenied: {
    quiz: [
      {
        answer: 'Printshop sends Alice back to /authorize at once',
        why: 'Looping Alice back ignores the answer she just gave, and any new attempt would need a fresh verifier and state (RFC 6749 §4.1.2.1, OAuth 2.1 §7.5.1.1).',
      },
      {
        answer: 'Printshop calls the photo API without a token',
        why: 'Without an access token the API answers 401 with a bare WWW-Authenticate: Bearer challenge, so there is nothing to gain (RFC 6750 §3, §3.1).',
      },
    ],
  },
  stateMismatch: {
    quiz: [
      {
        answer: 'The client asks the server which state it sent',
        why: 'The server only echoes state; checking it is the client’s job, against the value it stored in Alice’s browser session (RFC 6749 §4.1.2, RFC 9700 §2.1).',
      },
      {
        answer: 'The server rejects the callback with invalid_state',
        why: 'The callback is the client’s own endpoint, the check is the client’s, and no invalid_state error code exists (RFC 6749 §4.1.2.1, §10.12).',
      },
    ],
  },
  issuerMismatch: {
    quiz: [
      {
        answer: 'The client redeems the code at the issuer named in iss',
        why: 'A wrong iss means the response cannot be trusted at all: the client must abort, not follow it to another server (RFC 9207 §2.4, RFC 9700 §4.4.2.1).',
      },
      {
        answer: 'The client ignores iss because state matched',
        why: 'In a mix-up the response carries the client’s own valid state, so only the issuer check catches it (RFC 9700 §4.4.1, RFC 9207 §2.4).',
      },
    ],
  },
  tokenError: {
    quiz: [
      {
        answer: 'The token endpoint sends Alice to sign in again',
        why: 'The token endpoint answers the client’s direct POST with a JSON error and cannot redirect Alice’s browser (OAuth 2.1 §3.2.4, RFC 6749 §5.2).',
      },
      {
        answer: 'The server answers 401 with WWW-Authenticate: Bearer',
        why: 'That is how a resource server refuses an access token; the token endpoint reports a bad code as 400 invalid_grant in JSON (RFC 6749 §5.2, RFC 6750 §3).',
      },
    ],
  },
  apiError: {
    quiz: [
      {
        answer: 'The photo API redirects Alice to sign in',
        why: 'An API answers the client’s request with a status and a WWW-Authenticate challenge, and redirects no one (RFC 6750 §3, OAuth 2.1 §5.3).',
      },
      {
        answer: 'The photo API answers 400 invalid_grant',
        why: 'invalid_grant is a token endpoint error; a resource server answers invalid_token, insufficient_scope or invalid_request (RFC 6750 §3.1, RFC 6749 §5.2).',
      },
    ],
  },
  failed: {
    quiz: [
      {
        answer: 'The client falls back to the implicit grant',
        why: 'OAuth 2.1 removed the implicit grant and RFC 9700 says not to use it, so a failed code flow is restarted, not downgraded (OAuth 2.1 §10.1, RFC 9700 §2.1.2).',
      },
      {
        answer: 'The client retries without PKCE',
        why: 'A public client must always use PKCE, and the server must reject its requests that lack a code_challenge (RFC 9700 §2.1.1, OAuth 2.1 §4.1.2.1).',
      },
    ],
  },
}
