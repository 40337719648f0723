import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the
 * Authorization Code + PKCE flow (its quiz is in authorization-code-pkce.quiz.ts). Merged into the step table by
 * authorization-code-pkce.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  pkce: {
    notes: {
      points: [
        'S256 is the only method that keeps the verifier out of the authorization request, so whoever can read that request still cannot redeem the code (RFC 9700 §2.1.1, RFC 7636 §7.2).',
        '32 random octets give the verifier 256 bits of entropy, far beyond any guessing attack (RFC 7636 §7.1, OAuth 2.1 §4.1.1).',
        'The verifier must be new for every authorization request and bound to this browser, and after an error the client must make a fresh one (RFC 9700 §2.1.1, OAuth 2.1 §7.5.1.1).',
      ],
      question:
        'Why does the client send a hash of the verifier in the request instead of the verifier itself?',
    },
  },
  authorizationRequest: {
    notes: {
      points: [
        'The client navigates the browser here instead of calling the endpoint with fetch, which is why the authorization endpoint must not support CORS (RFC 9700 §2.6, OAuth 2.1 §3.1).',
        'The redirect URI is compared by exact string match, because pattern matching has sent codes to attacker-controlled hosts in the wild (RFC 9700 §2.1, §4.1).',
        'If client_id or redirect_uri is wrong, the server shows the error itself and never redirects, so it cannot serve as an open redirector (RFC 6749 §4.1.2.1, RFC 9700 §4.11.2).',
        'A request from a public client without a code_challenge is refused outright (OAuth 2.1 §4.1.2.1).',
      ],
      question:
        'What stops an attacker from changing redirect_uri in this URL to a site of their own?',
    },
  },
  loginPage: {
    notes: {
      points: [
        'How the server authenticates Alice is its own choice: a password, a passkey, a federated login or an existing session all fit (OAuth 2.1 §3.1).',
        'Because Alice authenticates only with the server, the client never needs to know about multi-factor steps or passkeys (OAuth 2.1 §1.3.1).',
        'The login page must refuse to be framed, since clickjacking defences have to cover every page that authenticates the user (RFC 9700 §4.16).',
        'People used to typing passwords after a redirect are easy to phish, which is why phishing-resistant authenticators that check the site’s origin are recommended (OAuth 2.1 §7.8).',
      ],
      question:
        'How can Alice tell that she is typing her password into the photo site and not into Printshop?',
    },
  },
  credentials: {
    notes: {
      points: [
        '303 is the only status that unambiguously turns the POST into a GET; with 302 a browser may keep the method, which is why 303 is the one to use (RFC 9700 §4.12, OAuth 2.1 §7.5.3).',
        'A password is short enough to guess, so the server must protect it by other means, such as limits on failed attempts (OAuth 2.1 §7.7).',
        'The session started here lets the server skip the login next time, but it should not approve repeated requests automatically unless it can be sure of the client (OAuth 2.1 §7.3).',
      ],
      question: 'Why does the server answer this POST with 303 and not 307?',
    },
  },
  loginRejected: {
    notes: {
      points: [
        'How many attempts Alice gets and what the page says are the server’s policy, since OAuth leaves user authentication out of scope (OAuth 2.1 §3.1, RFC 6749 §3.1).',
        'The server must slow down password guessing by means other than entropy, for example by limiting failed attempts per account (OAuth 2.1 §7.7).',
        'A convincing copy of this form is a phisher’s easiest win, which is why passkeys and other origin-bound authenticators help (OAuth 2.1 §7.8).',
      ],
      question: 'Does Printshop find out that Alice mistyped her password?',
    },
  },
  consentPage: {
    notes: {
      points: [
        'The server should tell Alice which client is asking, for what scope and for how long, since her review is the check against a client using a stolen identity (OAuth 2.1 §7.3).',
        'A public client cannot authenticate, so the name on the page is only a claim; the exact registered redirect URI is what keeps the result from reaching a counterfeit app (OAuth 2.1 §2.4).',
        'The server may grant less than the client asked for, and must then say so with scope in the token response (OAuth 2.1 §1.4.1, §3.2.3).',
      ],
      question:
        'Any app could call itself Printshop: what makes sure Alice’s answer reaches the real one?',
    },
  },
  approval: {
    notes: {
      points: [
        'Sixty seconds is well under the recommended ten-minute maximum, which narrows the window in which a leaked code is of any use (OAuth 2.1 §4.1.2, RFC 6749 §4.1.2).',
        'The code_challenge stays at the server with the code and must never appear in a response that others can read (OAuth 2.1 §4.1.2, RFC 7636 §4.4).',
        'Codes must be impossible to guess: the odds for any generated credential must be at most 2^-128 (OAuth 2.1 §7.7, RFC 6749 §10.10).',
      ],
      question: 'Why does this code live only 60 seconds?',
    },
  },
  denial: {
    notes: {
      points: [
        'access_denied is one of seven error codes; server_error and temporarily_unavailable exist because a 500 or 503 cannot travel in a redirect (RFC 6749 §4.1.2.1, OAuth 2.1 §4.1.2.1).',
        'error_description is meant for the client’s developer and limited to printable ASCII, so the client should write its own message for Alice (OAuth 2.1 §4.1.2.1).',
        'Phishing clients exploit a server that redirects even after a denial, so a server should redirect automatically only to URIs it trusts (RFC 9700 §4.11.2, OAuth 2.1 §7.12.2).',
      ],
      question:
        'Alice said no: why does the server still send her back to Printshop instead of just showing “Denied”?',
    },
  },
  callback: {
    notes: {
      points: [
        'iss defeats mix-up attacks, which only matter when a client talks to more than one authorization server (RFC 9207 §2.4, RFC 9700 §4.4.2).',
        'With PKCE, state is optional, since the verifier already ties the code to this client’s own request and a planted code fails at the token endpoint; this client sends state anyway (OAuth 2.1 §4.1.1, RFC 9700 §4.7.1).',
        'The code sits in the address bar and the history, which is why it is single-use, short-lived and bound to the challenge (RFC 9700 §4.2.4, §4.3.1).',
        'The callback page should load no third-party scripts or images and should remove the code from the URL, or the Referer header can leak it (OAuth 2.1 §2.3.6, RFC 9700 §4.2.4).',
      ],
      question:
        'An attacker copies the code from Alice’s address bar. What stops them from using it?',
    },
  },
  deniedCallback: {
    notes: {
      points: [
        'iss comes with error responses too, so the client can tell which server a refusal really came from (RFC 9207 §2, §2.2).',
        'The same redirect can carry invalid_scope, server_error and the other codes, so a client must handle each of them, not just access_denied (OAuth 2.1 §4.1.2.1).',
        'Checking state on an error stops another site from forging refusals that break Alice’s sign-in (RFC 6749 §10.12, RFC 9700 §4.7).',
      ],
      question:
        'Why should the client check state and iss on an error, when there is no code to steal?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'The app posts with fetch from Alice’s browser, so the token endpoint, unlike the authorization endpoint, must answer with CORS headers (OAuth 2.1 §3.2, RFC 9700 §2.6).',
        'oauth4webapi also sends redirect_uri, as OAuth 2.0 servers expect; OAuth 2.1 drops it from this request because PKCE already stops code injection (OAuth 2.1 §10.2).',
        'A wrong verifier gets invalid_grant (RFC 7636 §4.6), and a missing one after a challenge is a missing required parameter, so invalid_request (OAuth 2.1 §3.2.4, §4.1.3).',
      ],
      question:
        'Why can a public client, which has no secret, still prove that the code is its own?',
    },
  },
  tokenResponse: {
    notes: {
      points: [
        'A public SPA may hold a refresh token because the server rotates it at every use and detects reuse (RFC 9700 §2.2.2, §4.14.2).',
        'XSS in the app reaches every token in memory; a backend for frontend keeps them on the server and gives the browser only a cookie (browser-based apps BCP §6.1, §6.3).',
        'The access token is a JWT for the photo API, but RFC 9068 §6 tells clients not to read it: its format is between the authorization server and the API.',
        'expires_in is only a hint, since the server may end a token early, so the client must be ready for a 401 at any time (OAuth 2.1 §3.2.3).',
      ],
      question:
        'If an attacker runs script in the Printshop page right now, which of these tokens can they take?',
    },
  },
  apiRequest: {
    notes: {
      points: [
        'The token goes in the Authorization header, never in the URL, where logs and the history would keep it (OAuth 2.1 §5.1, RFC 9700 §4.3.2).',
        'Checking aud makes the token worthless at any other API, which limits the damage if it leaks (RFC 9700 §2.3, §4.10.2).',
        'Checking typ at+jwt stops an ID token signed by the same server from passing as an access token (RFC 9068 §5).',
        'A bearer token works for whoever holds it; DPoP or mTLS would bind it to a key only the client has (OAuth 2.1 §1.4.2, RFC 9700 §2.2.1).',
      ],
      question:
        'The API never asks the authorization server about this token: why can it trust it?',
    },
  },
  photos: {
    notes: {
      points: [
        'The API must check that the token’s scope covers the request, so this token reads photos but could not change or delete them (RFC 6749 §7, OAuth 2.1 §5.2).',
        'A rotated refresh token may not outlive the first one, so photo-spa’s grant ends 14 days after sign-in however often it refreshes (browser-based apps BCP §6.3.2.3).',
        'Revoking the refresh token at the server should also end the access tokens of the same grant, where the server can do that (RFC 7009 §2.1).',
      ],
      question: 'What else could Printshop do with this token besides reading Alice’s photos?',
    },
  },
  accessDenied: {
    notes: {
      points: [
        'access_denied may come from the server’s own policy as well as from Alice, so a client should not assume which (RFC 6749 §4.1.2.1).',
        'The state value is spent once checked, and the client should forget it so that a leaked copy is useless (RFC 9700 §4.2.4).',
        'If Alice tries again, the new request needs a fresh verifier and state, since values must not be reused after an error (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'Alice said no: what should Printshop do now, and what must it not do?',
    },
  },
  stateMismatch: {
    notes: {
      points: [
        'The attack it stops: another site makes Alice’s browser deliver the attacker’s own code, so Printshop would work with the attacker’s account and anything Alice saves could land there (RFC 9700 §4.7, RFC 6749 §10.12).',
        'state only works if it is single-use and bound to Alice’s browser, which is why the client keeps it in her session and discards it after one use (RFC 9700 §2.1, §4.2.4).',
        'PKCE catches the same injection, because the planted code fails the verifier check, provided the client knows that the server enforces PKCE (RFC 9700 §4.7.1).',
      ],
      question:
        'What would an attacker gain by making Alice’s browser deliver the attacker’s code to Printshop?',
    },
  },
  issuerMismatch: {
    notes: {
      points: [
        'Mix-up needs a client that uses two or more servers, one of them the attacker’s, so that a code from the honest server is sent to the attacker’s token endpoint (RFC 9700 §4.4, §4.4.1).',
        'The client compares iss with the issuer it stored for this request by simple string comparison, and must abort on a mismatch (RFC 9207 §2.4, RFC 9700 §4.4.2.1).',
        'A server that publishes authorization_response_iss_parameter_supported makes a missing iss a reason to reject the response too (RFC 9207 §2.4, §3).',
        'Distinct redirect URIs per server are the fallback defence, and a weaker one, since an attacker can register that URI with the honest server (RFC 9700 §4.4.2.2).',
      ],
      question: 'Where would the code have gone if the client had not checked iss?',
    },
  },
  tokenError: {
    notes: {
      points: [
        'A replayed code gets invalid_grant, and the server should revoke the tokens already issued from it, but only if the replay is otherwise a valid request (OAuth 2.1 §4.1.3, §7.5.2).',
        'A code_verifier sent for a code that had no challenge is refused as a PKCE downgrade (RFC 9700 §4.8.2, OAuth 2.1 §3.2.4).',
        'Retrying cannot help, since a code is single-use and short-lived; only a new authorization request makes a new one (RFC 6749 §4.1.2, §10.5).',
      ],
      question: 'Why must the client start over instead of simply retrying the token request?',
    },
  },
  apiError: {
    notes: {
      points: [
        'A request with no token at all gets 401 with a bare Bearer challenge and no error code (RFC 6750 §3, §3.1).',
        'insufficient_scope may name the scope the request needs, which the client can ask for in a new authorization request (RFC 6750 §3, §3.1).',
        'After invalid_token the client may get a new access token, here with its refresh token, and retry (OAuth 2.1 §5.3.2).',
      ],
      question: 'How does the client tell “your token has expired” from “you may not do this”?',
    },
  },
  failed: {
    notes: {
      points: [
        'Clients ignore response parameters they do not recognise, so a failure means something required was missing or wrong, not something extra (OAuth 2.1 §3.2.3, §4.1.2).',
        'A restart begins with a fresh verifier and state, as values must not be reused after an error (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'Which recorded message would you open first to see what went wrong?',
    },
  },
}
