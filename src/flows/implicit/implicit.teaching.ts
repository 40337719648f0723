import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the implicit
 * grant, a legacy flow. Merged into the step table by implicit.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  request: {
    notes: {
      points: [
        'The implicit grant has no client authentication at all, so the registered redirect URI and Alice’s presence are all that vouch for the app (RFC 6749 §4.2, §1.3.2).',
        'RFC 6749 only RECOMMENDS state here, and it works against CSRF only if it is unguessable and bound to Alice’s browser (RFC 6749 §4.2.1, §10.12).',
        'OpenID Connect’s own implicit flow makes a nonce REQUIRED, while this plain OAuth request has no parameter that could tie the token to it (OIDC Core §3.2.2.1, RFC 6749 §4.2.1).',
      ],
      question:
        'With no code and no token request, what is left for the app to check when the answer comes back?',
    },
  },
  authorizationRequest: {
    notes: {
      points: [
        'Public clients and every client using the implicit grant must register their redirect URI, since it is the only place the token may be sent (RFC 6749 §3.1.2.2, §4.2.1).',
        'With loose matching, a redirect URI pattern plus an open redirector at the client lets the fragment, token included, travel on to an attacker’s page (RFC 9700 §4.1.2).',
        'A web server can stop browsers carrying a fragment over to its own redirects by putting a fragment of its own, such as #_, in its Location headers (RFC 9700 §4.1.3).',
      ],
      question: 'Why does exact redirect URI matching matter even more here than in the code flow?',
    },
  },
  loginPage: {
    notes: {
      points: [
        'The server authenticates Alice as in the code flow, but at no point in this grant does it authenticate the client (RFC 6749 §1.3.2).',
        'Clickjacking defences such as CSP frame-ancestors must cover this login page as much as the consent page (RFC 9700 §4.16, OAuth 2.1 §7.10).',
      ],
      question:
        'What does the server know about the app at this point, besides its client_id and redirect URI?',
    },
  },
  credentials: {
    notes: {
      points: [
        'A 303 turns the password POST into a GET, whereas after a 307 the browser would post Alice’s password again to the next address (RFC 9700 §4.12).',
        'The server’s session also lets a hidden iframe run a new flow silently, which injected script can abuse to obtain fresh tokens of its own (browser-based apps BCP §5.1.3).',
        'The server must protect passwords against guessing by means other than entropy, such as limiting failed attempts (OAuth 2.1 §7.7).',
      ],
      question:
        'Once Alice has a session here, what can a script in the legacy app get without her typing anything?',
    },
  },
  loginRejected: {
    notes: {
      points: [
        'The app is not told of the failure, as the server redirects only once it has reached a decision (RFC 6749 §4.2.1).',
        'Credentials meant for people cannot be protected by entropy the way generated tokens are, so the server must limit guessing by other means (RFC 6749 §10.10).',
      ],
      question: 'Does the legacy app learn that Alice mistyped?',
    },
  },
  consentPage: {
    notes: {
      points: [
        'A server that cannot authenticate the client should not approve repeated requests without asking Alice, unless other measures assure it of the client (RFC 6749 §10.2).',
        'A valid redirect URI is not enough to verify who is asking, so an app that merely copied this client_id would get the same page (RFC 6749 §10.1).',
        'With no refresh token in this grant, every new token needs another trip through this endpoint (RFC 6749 §4.2.2).',
      ],
      question: 'Could an app that only calls itself Legacy Printshop get this same page?',
    },
  },
  approval: {
    notes: {
      points: [
        'RFC 6749 notes that some browsers did not support a fragment in a Location header, and suggests a page with a button to the redirect URI instead (RFC 6749 §4.2.2).',
        'Sending the token in the redirect gives the server no assurance that it will ever reach the app, since the redirect can fail or be intercepted (browser-based apps BCP §7.2.4).',
        'scope must be in the response whenever it differs from what the app asked for, so the app learns what it really got (RFC 6749 §4.2.2).',
      ],
      question:
        'What has the server checked about the app before handing over a token that works for an hour?',
    },
  },
  denial: {
    notes: {
      points: [
        'The error arrives in the fragment too, so only the app’s script sees it, never its web server (RFC 6749 §4.2, §4.2.2.1).',
        'unsupported_response_type is one of the codes here, and it is the one an OAuth 2.1 server sends for this very request (RFC 6749 §4.2.2.1, OAuth 2.1 §10.1).',
        'With a redirect URI that does not check out, the server would show the error itself instead of redirecting (RFC 6749 §4.2.2.1).',
      ],
      question: 'Why does the app’s web server never see this error?',
    },
  },
  callback: {
    notes: {
      points: [
        'RFC 6749 already warned that a token in the fragment may be exposed to Alice and to other applications on her device (RFC 6749 §4.2, §10.3).',
        'The callback page should load no third-party scripts, or make sure its own script runs first and removes the token from the URL (RFC 6749 §3.1.2.5).',
        'Browsers that sync history to the cloud carry the token to all of Alice’s devices, and short lifetimes only limit the damage (browser-based apps BCP §7.2.3.2).',
        'OAuth 2.1 says bearer tokens MUST NOT be passed in page URLs, which is exactly where this grant puts one (OAuth 2.1 §7.1.3.7).',
      ],
      question: 'The request to the app’s server carried no token: who can read it anyway?',
    },
  },
  deniedCallback: {
    notes: {
      points: [
        'A client must not assume that an error came from the server it meant to use, which is why iss is checked on a refusal as well (RFC 9207 §2.4).',
        'state ties the error to the app’s own request, so a page elsewhere cannot end Alice’s attempt with a forged error (RFC 6749 §10.12).',
      ],
      question: 'Why check iss and state when there is no token to protect?',
    },
  },
  readFragment: {
    notes: {
      points: [
        'Swapping in a token issued to another client is token substitution, and any public client that trusts a token to identify its user is open to it (RFC 6749 §10.16).',
        'In pure OAuth such an injection cannot be detected, since the token is bound to neither the transaction nor the browser (RFC 9700 §4.6.1).',
        'OpenID Connect’s answer is an ID token in the same response, whose at_hash and nonce bind the access token to this request (RFC 9700 §4.6.1).',
        'The app should then remove the fragment from the address bar, which the History API now does without reloading the page (browser-based apps BCP §7.2.1).',
      ],
      question:
        'The state matches, so this is the answer to the app’s own request: why might the token still not be meant for it?',
    },
  },
  apiRequest: {
    notes: {
      points: [
        'OAuth gives the API no way to check that a token presented by a client was issued to that client (RFC 6749 §10.3).',
        'Any script running in the app’s page can send this same request with the same token, and no API can tell it from the app’s own (browser-based apps BCP §5.1.4).',
        'Audience restriction still helps: the token works at the photo API only, so a copy is useless at other services (RFC 9700 §2.3, §4.10.2).',
      ],
      question: 'If a browser extension copied the token from the history, would the API notice?',
    },
  },
  photos: {
    notes: {
      points: [
        'Only a token endpoint lets the server detect replay attempts, one of the reasons RFC 9700 steers clients to the code flow (RFC 9700 §2.1.2).',
        'Short lifetimes are the main mitigation left for a leaked implicit token, and they reduce the damage without preventing it (browser-based apps BCP §7.2.3.2, OAuth 2.1 §7.1.3.5).',
        'The API must still check that the scope covers the request, so this token can read photos but not change them (RFC 6749 §7, OAuth 2.1 §5.2).',
      ],
      question:
        'What could the server do about a copy of this token being used elsewhere right now?',
    },
  },
  useInstead: {
    notes: {
      points: [
        'The browser-apps BCP goes further than RFC 9700: browser clients MUST NOT use the implicit grant, and servers MUST NOT issue access tokens in the authorization response (browser-based apps BCP §7.2).',
        'RFC 9700 allows an exception only where token injection is prevented and the leaks are mitigated, which pure OAuth has no way to achieve (RFC 9700 §2.1.2, §4.6.1).',
        'OAuth 2.1 removes only response_type=token, so OpenID Connect’s response_type=id_token, which returns no access token, is unaffected (OAuth 2.1 §10.1).',
        'A browser app wrapped in a native app must use the code flow with PKCE anyway (browser-based apps BCP §7.2.4).',
      ],
      question:
        'What kept browser apps from using the code flow when this grant was designed, and what changed?',
    },
  },
  accessDenied: {
    notes: {
      points: [
        'access_denied may reflect the server’s policy as well as Alice’s choice (RFC 6749 §4.2.2.1).',
        'The app should invalidate this state, so a copy of the URL cannot be used again later (RFC 9700 §4.2.4).',
      ],
      question: 'Who might have said no here: Alice, or the server?',
    },
  },
  fragmentRejected: {
    notes: {
      points: [
        'An attacker who can read a response learns its state and can replay it into a forged one, since state travels in the URL (RFC 9700 §4.7.1).',
        'A token injected into a response with the right state and iss passes both checks, and no check an implicit client can make would catch it (RFC 9700 §4.6, §4.6.1).',
        'On a mismatch the app must discard the whole response and must not go on with the grant, so the token is never used (RFC 9207 §2.4).',
      ],
      question:
        'These two checks passed in the happy path: which attack would they still have missed?',
    },
  },
  apiError: {
    notes: {
      points: [
        'Without a refresh token the app must run the redirect again, which the server’s cookies and stored consent can make quick for Alice (RFC 6749 §4.2.2, RFC 9700 §4.14.2).',
        'invalid_token comes with a WWW-Authenticate challenge that names the error, while a request with no token gets no error code (RFC 6750 §3.1).',
      ],
      question: 'With no refresh token, how does the app get a new token when this one expires?',
    },
  },
  refusedRequest: {
    notes: {
      points: [
        'OAuth 2.1 defines only response_type=code, and a response type the server does not understand must be answered with an error (OAuth 2.1 §4.1.1).',
        'The error goes in the query, not the fragment, because the server answers by OAuth 2.1’s rules, which put redirected errors in the query component (OAuth 2.1 §4.1.2.1).',
        'The removal aims to stop access tokens being issued in any authorization response, not merely to retire one parameter value (OAuth 2.1 §10.1).',
      ],
      question:
        'Why does the server redirect this error back to the app instead of showing it itself?',
    },
  },
  refusedCallback: {
    notes: {
      points: [
        'The app now finds the error in the query rather than the fragment, so moving off implicit changes its callback as well (OAuth 2.1 §4.1.2.1).',
        'iss and state are checked here too, as an error must not be assumed to come from the intended server (RFC 9207 §2.4).',
        'error_description is meant for the app’s developer and limited to printable ASCII, so the app shows Alice a message of its own (OAuth 2.1 §4.1.2.1).',
      ],
      question: 'Where does the app find this error, and why not after the # as before?',
    },
  },
  refused: {
    notes: {
      points: [
        'A pure browser app can use the code flow with PKCE, calling the token endpoint with CORS, and keep tokens out of URLs altogether (browser-based apps BCP §7.2.1, §6.3).',
        'The code flow also lets the server give a browser app a refresh token, as long as it is rotated or sender-constrained (RFC 9700 §2.2.2, §4.14.2).',
        'A server that offers only the code flow carries less code, and so less attack surface, than one that also supports implicit (browser-based apps BCP §7.2.4).',
      ],
      question:
        'What is the smallest change that gets the legacy app working with this server again?',
    },
  },
  failed: {
    notes: {
      points: [
        'A restart makes a new state, since a state should be invalidated after its first use (RFC 9700 §4.2.4).',
        'A token from a failed run may still sit in the browser history until it expires, even if the app never used it (RFC 9700 §4.3.2).',
      ],
      question: 'If the run failed after the redirect, where might the token still be found?',
    },
  },
}
