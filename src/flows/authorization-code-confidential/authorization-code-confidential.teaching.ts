import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the
 * authorization code grant for the confidential web app Printshop. Merged into the step table by
 * authorization-code-confidential.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  pkce: {
    notes: {
      points: [
        'RFC 9700 only RECOMMENDS PKCE for confidential clients, but OAuth 2.1 requires it unless the server has reasonable assurance that the client checks an OpenID Connect nonce instead (RFC 9700 §2.1.1, OAuth 2.1 §7.5.1.1).',
        'Even asymmetric client authentication would not help, because in code injection the legitimate client redeems the stolen code itself (RFC 9700 §4.5.2).',
        'The challenge must be specific to this transaction and bound to Alice’s browser, and servers are encouraged to spot clients that send a constant one (RFC 9700 §2.1.1).',
        'PKCE also protects Printshop against CSRF, even from an attacker who can read the authorization response (RFC 9700 §2.1.1, §4.7.1).',
      ],
      question:
        'Printshop has a secret no attacker knows: which attack would still work without PKCE?',
    },
  },
  authorizationRequest: {
    notes: {
      points: [
        'RFC 6749 only said confidential clients SHOULD register their redirect URIs, while OAuth 2.1 makes every client register the complete URI for an exact match (RFC 6749 §10.6, OAuth 2.1 §2.3.1).',
        'redirect_uri may be left out when only one is registered, and a client that sends it must repeat it at the token endpoint for an OAuth 2.0 server (OAuth 2.1 §2.3.2, RFC 6749 §4.1.3).',
        'scope and state travel in the URL, so they must not carry anything sensitive about Printshop or Alice in plain text (OAuth 2.1 §4.1.1, RFC 6749 §10.8).',
      ],
      question:
        'This URL is visible to anyone watching the browser: what in it would help an attacker?',
    },
  },
  loginPage: {
    notes: {
      points: [
        'The server must authenticate Alice before it issues a code, however it chooses to do so (OAuth 2.1 §3.1).',
        'Because she signs in at the server, it can ask for a second factor or a passkey without Printshop changing a line (browser-based apps BCP §7.3, RFC 9700 §2.4).',
        'The login page must refuse to be framed by other sites, since clickjacking could capture Alice’s password or her consent (RFC 9700 §4.16, OAuth 2.1 §7.10).',
      ],
      question:
        'Printshop is trusted with a secret: why isn’t it trusted with Alice’s password too?',
    },
  },
  credentials: {
    notes: {
      points: [
        '303 See Other is the only redirect status that makes every browser turn the POST into a GET, so Alice’s password is never posted on to the next address (RFC 9700 §4.12, OAuth 2.1 §7.5.3).',
        'Every page where Alice signs in must be served over TLS, the baseline defence against phishing (RFC 6749 §10.11, OAuth 2.1 §1.5).',
      ],
      question: 'What would happen to Alice’s password if the server answered this POST with 307?',
    },
  },
  loginRejected: {
    notes: {
      points: [
        'Printshop learns nothing of the failed try, as the server redirects only once it has a decision (OAuth 2.1 §4.1.1).',
        'How many tries Alice gets and what the page says are the server’s policy, since OAuth leaves user authentication to it (OAuth 2.1 §3.1).',
        'A password cannot be protected by entropy like a token, so the server must use other means against guessing, such as limiting failures (OAuth 2.1 §7.7, RFC 6749 §10.10).',
      ],
      question: 'Does Printshop find out that Alice mistyped her password?',
    },
  },
  consentPage: {
    notes: {
      points: [
        'The server should show which client asks, for what scope and for how long, since Alice’s review is the check on a client using stolen credentials (OAuth 2.1 §7.3, RFC 6749 §10.2).',
        'A server should not approve repeated requests without asking unless it can authenticate the client, which it can for Printshop at the token endpoint (OAuth 2.1 §7.3).',
        'The server may grant less than photos.read, and must then list the scope it granted in the token response (OAuth 2.1 §1.4.1, §3.2.3).',
      ],
      question:
        'Why may the server skip this page next time for Printshop, but not for a public app?',
    },
  },
  approval: {
    notes: {
      points: [
        'Sixty seconds is well under the recommended maximum of ten minutes, which narrows the window in which a leaked code is of use (OAuth 2.1 §4.1.2).',
        'The server keeps the code_challenge to itself and must never put it in a response where anyone but the server could read it (OAuth 2.1 §4.1.2, RFC 7636 §4.4).',
        'A code must be impossible to guess, with odds of at most 2^-128 for any credential the server generates (OAuth 2.1 §7.7, RFC 6749 §10.10).',
        'iss is OPTIONAL in OAuth 2.1, but a server that supports RFC 9207 must send it in every authorization response, errors included (OAuth 2.1 §4.1.2, RFC 9207 §2).',
      ],
      question:
        'Only Printshop’s server can redeem this code with its secret: why bind it to a challenge too?',
    },
  },
  denial: {
    notes: {
      points: [
        'The error goes back in the query with state and iss, and error_description is written for Printshop’s developers, not for Alice (OAuth 2.1 §4.1.2.1).',
        'server_error and temporarily_unavailable exist because a redirect cannot carry a 500 or 503 status (RFC 6749 §4.1.2.1).',
        'A server should redirect automatically only to URIs it trusts, or a phishing client could use even a denial to send Alice to its site (RFC 9700 §4.11.2).',
      ],
      question:
        'Why does the server send access_denied back to Printshop instead of ending at its own page?',
    },
  },
  callback: {
    notes: {
      points: [
        'A server-side callback should take the code out of the URL and redirect again, so no page that shows the code can leak it through Referer or third-party scripts (OAuth 2.1 §2.3.6, RFC 9700 §4.2.4).',
        'A stolen code is useless without both Printshop’s secret and the verifier, and PKCE also keeps it from being injected into another session (RFC 9700 §4.2.4, §4.5.3.1).',
        'state is spent once checked, so a copy leaked later cannot be replayed (RFC 9700 §4.2.4).',
        'iss matters for clients that use more than one server, and Printshop checks it though it knows only one (RFC 9207 §4, RFC 9700 §4.4.2).',
      ],
      question:
        'An attacker reads the code in Alice’s address bar: what would they need to redeem it?',
    },
  },
  deniedCallback: {
    notes: {
      points: [
        'A client must not assume that an error came from the server it meant to use, which is why iss is checked first (RFC 9207 §2.4).',
        'The client must protect its redirect URI against CSRF for every response, so a forged access_denied cannot end Alice’s attempt (RFC 6749 §10.12).',
        'Any retry starts with a fresh verifier and state, as values must not be reused after an error (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'Why check iss on a refusal, when there is no code to steal?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'HTTP Basic needs the client_id and secret form-encoded before base64, a step so often missed that OAuth 2.1 prefers the secret in the request body (OAuth 2.1 §2.4.1).',
        'A client must use exactly one authentication method per request, never Basic and a body secret together (OAuth 2.1 §2.4, RFC 6749 §2.3).',
        'Client authentication also makes a leak recoverable, since disabling the client or changing its secret stops every stolen refresh token at once (OAuth 2.1 §3.2.1).',
        'OAuth 2.1 drops redirect_uri from this request because PKCE already stops code injection, but a server must still enforce it for OAuth 2.0 clients (OAuth 2.1 §10.2).',
      ],
      question: 'What does the secret prove at this step, and what does the verifier prove?',
    },
  },
  tokenResponse: {
    notes: {
      points: [
        'Keeping the tokens on a server, as Printshop does, is what the backend-for-frontend pattern gives a browser app, the most secure of the architectures the BCP describes (browser-based apps BCP §6, §6.1).',
        'The cookie that ties Alice’s session to these tokens must be Secure and HttpOnly, so injected script cannot read it, though it can still send requests through her browser (browser-based apps BCP §6.1.3.2, §5.1.4).',
        'Refresh tokens must be bound to the scope and resource servers Alice consented to, so Printshop cannot use one to widen its access (OAuth 2.1 §3.2.3, RFC 9700 §4.14.2).',
        'expires_in is only a hint, as the server may end a token early, so Printshop must handle a 401 at any time (OAuth 2.1 §3.2.3).',
      ],
      question:
        'If an attacker ran script in Printshop’s pages now, which of these tokens could they take?',
    },
  },
  apiRequest: {
    notes: {
      points: [
        'Server to server, the token never passes through a browser, so it escapes the leaks through history, Referer and page scripts that tokens in the front channel suffer (RFC 9700 §4.2, §4.3).',
        'A server-side client can more easily adopt sender-constrained tokens such as mTLS or DPoP, which would make a leaked token useless on its own (browser-based apps BCP §6.1.3.7, RFC 9700 §2.2.1).',
        'The token goes in the Authorization header and never in a query parameter, which resource servers must ignore (OAuth 2.1 §5.1).',
      ],
      question:
        'Why is a token sent by Printshop’s server safer than one sent by JavaScript in the page?',
    },
  },
  photos: {
    notes: {
      points: [
        'The API must check that the scope covers the request, so a photos.read token can list photos but not change them (OAuth 2.1 §5.2, RFC 6749 §7).',
        'OAuth itself gives the API no way to confirm that a bearer token was issued to the client presenting it, so a stolen one works for anyone (RFC 6749 §10.3, OAuth 2.1 §1.4.2).',
        'The token’s client_id claim names printshop, so the API can still apply a policy per client (RFC 9068 §2.2).',
      ],
      question: 'What did the secret protect, and what protects the token now?',
    },
  },
  contrast: {
    notes: {
      points: [
        'A web server client is confidential because its credentials and tokens stay on the server, out of Alice’s reach (OAuth 2.1 §2.1, RFC 6749 §2.1).',
        'RFC 6749 forbids issuing client secrets to apps that run in the browser, which is why photo-spa is public and relies on its exact redirect URI instead (RFC 6749 §10.1, OAuth 2.1 §2.4).',
        'A browser app that wants a secret should use a backend for frontend, since any secret shipped in JavaScript can be read (OAuth 2.1 §2.1, browser-based apps BCP §6.1).',
        'Script injected into such an app can still send requests through Alice’s browser, but can neither take tokens away nor start a flow of its own (browser-based apps BCP §6.1, §5.1.3).',
      ],
      question:
        'If photo-spa moved its token handling to a server of its own, which of today’s differences would go away?',
    },
  },
  accessDenied: {
    notes: {
      points: [
        'access_denied may come from the server’s own policy as well as from Alice, so Printshop should not claim she clicked Deny (RFC 6749 §4.1.2.1).',
        'The verifier and state of this attempt are discarded, and a retry starts with fresh ones (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'Alice said no: what may Printshop keep, and what must it throw away?',
    },
  },
  stateMismatch: {
    notes: {
      points: [
        'The attack it stops: another site makes Alice’s browser deliver a code from the attacker’s own session, so Printshop would work with the attacker’s photo account while Alice believes it is hers (RFC 6749 §10.12, RFC 9700 §4.7).',
        'PKCE catches the same forgery at the token endpoint, so a client may rely on it once it knows the server enforces PKCE (RFC 9700 §2.1, §4.7.1).',
        'state only works if it is single-use and bound to Alice’s browser, here through her session on Printshop’s server (RFC 9700 §2.1, RFC 6749 §10.12).',
      ],
      question:
        'The code is real and the secret is right: what would go wrong if Printshop redeemed it?',
    },
  },
  issuerMismatch: {
    notes: {
      points: [
        'Printshop must store, for each request, the issuer it sent Alice to and bind it to her browser, then abort on any other iss (RFC 9700 §4.4.2, §4.4.2.1).',
        'Without the check, a code from the honest server would be sent to the attacker’s token endpoint, who could then redeem or inject it (RFC 9700 §4.4.1).',
        'Distinct redirect URIs per server are the fallback defence, and a weaker one, since the attacker can register that URI with the honest server (RFC 9700 §4.4.2.2).',
      ],
      question: 'Where would the code have gone if Printshop had not checked iss?',
    },
  },
  tokenError: {
    notes: {
      points: [
        'A replayed code gets invalid_grant, and the server should revoke the tokens issued from it when the replay is otherwise a valid request (OAuth 2.1 §4.1.3, §7.5.2).',
        'A wrong secret sent with HTTP Basic gets 401 invalid_client with a WWW-Authenticate header for Basic (OAuth 2.1 §3.2.4).',
        'A wrong verifier is invalid_grant, and a verifier for a code that had no challenge is refused as a PKCE downgrade (RFC 7636 §4.6, RFC 9700 §4.8.2).',
      ],
      question:
        'Which of these errors means Printshop’s own setup is broken, not just this attempt?',
    },
  },
  apiError: {
    notes: {
      points: [
        'A 401 invalid_token can be fixed with the refresh token and Printshop’s secret, without troubling Alice (OAuth 2.1 §5.3.2, §4.3).',
        'A 403 insufficient_scope needs a new authorization request, since a refresh can never add scope that was not granted (RFC 6750 §3.1, RFC 6749 §6).',
        'A request with no token at all gets a bare Bearer challenge and no error code (RFC 6750 §3.1, OAuth 2.1 §5.3.2).',
      ],
      question: 'Which API errors can Printshop fix on its own, and which need Alice?',
    },
  },
  failed: {
    notes: {
      points: [
        'A client with credentials must keep them from leaking, so Printshop’s secret must stay out of its error messages and logs (OAuth 2.1 §2.1).',
        'A restart begins with a fresh verifier and state, as values must not be reused after an error (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'What must never appear in the error Printshop’s server writes to its log?',
    },
  },
}
