import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the OpenID
 * Connect sign-in. Merged into the step table by openid-connect.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  start: {
    notes: {
      points: [
        'In the code flow the nonce is OPTIONAL, but once sent it must come back unchanged in the ID token, and it needs enough entropy that nobody can guess it (OIDC Core §3.1.2.1, §2).',
        'OpenID Connect suggests keeping a random value in an HttpOnly session cookie and sending its hash as the nonce, so only this browser’s session can match the ID token (OIDC Core §15.5.2).',
        'A confidential OpenID client may use the nonce instead of PKCE against code injection, but the server then cannot check that it does, so OAuth 2.1 still recommends both (OAuth 2.1 §7.5.1.1, RFC 9700 §2.1.1).',
      ],
      question: 'Printshop already uses PKCE and state: what does the nonce add?',
    },
  },
  authorizationRequest: {
    notes: {
      points: [
        'OpenID Connect makes redirect_uri REQUIRED even when only one is registered, where OAuth 2.1 lets a single registered URI go unsent (OIDC Core §3.1.2.1, OAuth 2.1 §4.1.1).',
        'The server must accept this request by GET or by POST, so a long request can travel as a form post instead of a URL (OIDC Core §3.1.2.1).',
        'prompt=login and max_age let Printshop demand a fresh sign-in, and max_age makes auth_time REQUIRED in the ID token (OIDC Core §3.1.2.1, §2).',
      ],
      question: 'Why must Printshop send redirect_uri here although it has registered only one?',
    },
  },
  loginPage: {
    notes: {
      points: [
        'Whenever it interacts with Alice, the server must defend against cross-site request forgery and clickjacking (OIDC Core §3.1.2.3, RFC 9700 §4.16).',
        'If Alice already had a session with the server, it could skip this page, unless Printshop sent prompt=login, which forces her to sign in again (OIDC Core §3.1.2.3).',
        'With prompt=none the server must show no page at all, and returns an error such as login_required when Alice has no session (OIDC Core §3.1.2.3, §3.1.2.6).',
        'Whether Alice uses a password, a passkey or a second factor is the server’s business, and the ID token may report it in acr and amr (OIDC Core §2).',
      ],
      question:
        'Alice signed in to the photo site an hour ago: must she type her password again here?',
    },
  },
  credentials: {
    notes: {
      points: [
        'auth_time is REQUIRED only when Printshop sent max_age or asked for it as an essential claim, and this server includes it anyway (OIDC Core §2).',
        'The server answers the POST with 303, since after 307, and in principle even 302, a browser may repost Alice’s password to the next address (RFC 9700 §4.12, OAuth 2.1 §7.5.3).',
        'A password can be guessed, so the server must protect it by other means, such as limiting failed attempts (OAuth 2.1 §7.7, RFC 6749 §10.10).',
        'The server’s session gives Alice single sign-on at other clients, and a client that needs a recent sign-in says so with max_age (OIDC Core §3.1.2.1).',
      ],
      question:
        'Why does the ID token say when Alice typed her password, and not when Printshop got the token?',
    },
  },
  loginRejected: {
    notes: {
      points: [
        'If Alice gives up, the server tells Printshop with an error response on the redirect, as OpenID Connect reports a failed authentication like a denial (OIDC Core §3.1.2.6).',
        'The server must slow down password guessing here, for example by limiting failures per account (OAuth 2.1 §7.7).',
        'The server must serve this form only over TLS, so that Alice’s browser can show her whose page it is before she types again (RFC 6749 §10.11).',
      ],
      question: 'What would Printshop learn if Alice gave up instead of trying again?',
    },
  },
  consentPage: {
    notes: {
      points: [
        'Claims asked for through profile and email are Voluntary Claims, so the server may leave some out without failing the sign-in (OIDC Core §5.4, §5.3.2).',
        'The server must have an authorization decision before it releases anything about Alice, but it may take it from an earlier consent or an administrator instead of asking (OIDC Core §3.1.2.4).',
        'A client can ask for just a subset of the claims, to keep what Alice must disclose small (OIDC Core §5.4).',
        'Printshop authenticates at the token endpoint, so the server can be sure of its identity when it decides whether to ask Alice again next time (OAuth 2.1 §2.1, §7.3).',
      ],
      question: 'May the server give Printshop Alice’s email address without asking her?',
    },
  },
  approval: {
    notes: {
      points: [
        'The redirect carries only code, state and iss, as in plain OAuth, because in the code flow every token comes from the token endpoint (OIDC Core §3.1.2.5, RFC 9207 §2).',
        'In this flow the ID token arrives only after the code is spent, so the iss parameter is Printshop’s only issuer check before it redeems the code (RFC 9207 §4, RFC 9700 §4.4.2.1).',
        'The code must be single-use: a second redemption is refused, and the tokens already issued from it should be revoked (OAuth 2.1 §4.1.3, RFC 6749 §10.5).',
      ],
      question: 'Why is there no ID token in this redirect?',
    },
  },
  denial: {
    notes: {
      points: [
        'Besides OAuth’s codes, OpenID Connect defines errors such as login_required and consent_required for requests sent with prompt=none (OIDC Core §3.1.2.6).',
        'error_description is written for Printshop’s developers in printable ASCII, so Printshop shows Alice a message of its own (OAuth 2.1 §4.1.2.1).',
        'A server should redirect automatically only to redirect URIs it trusts, or a phishing client could use even a denial to land Alice on its site (RFC 9700 §4.11.2).',
      ],
      question:
        'Which error would Printshop get if it had asked with prompt=none and Alice had no session?',
    },
  },
  callback: {
    notes: {
      points: [
        'OpenID Connect has the client validate this response by RFC 6749’s rules, Sections 4.1.2 and 10.12 in particular, so state is checked as in plain OAuth (OIDC Core §3.1.2.7).',
        'The client decodes iss from the query and compares it with the issuer in the server’s metadata by simple string comparison (RFC 9207 §2.4).',
        'A server-side callback should take the code out of the URL and redirect again, so no page that shows it can leak it (OAuth 2.1 §2.3.6, RFC 9700 §4.2.4).',
      ],
      question:
        'The callback has a code and a matching state: why can Printshop still not say who Alice is?',
    },
  },
  deniedCallback: {
    notes: {
      points: [
        'RFC 9207 tells clients not to assume an error came from the server they meant to use, which is why iss is checked even on a refusal (RFC 9207 §2.4).',
        'state is spent once checked, so a copy leaked later cannot be replayed (RFC 9700 §4.2.4).',
        'The nonce and the code_verifier of this attempt go too, as a new attempt after an error must use fresh values (OAuth 2.1 §7.5.1.1).',
      ],
      question: 'Why would anyone forge a refusal, and what stops it here?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'Besides client_secret_basic and client_secret_post, OpenID Connect defines client_secret_jwt and private_key_jwt, and asymmetric methods like private_key_jwt are recommended because the server then stores no shared secret (OIDC Core §9, RFC 9700 §2.5).',
        'The server must also check that the code came from an OpenID Connect request, so that its answer includes an ID token (OIDC Core §3.1.3.2).',
        'Had Printshop relied on the nonce alone, the server could not spot an injected code and would issue tokens, leaving Printshop to catch the mismatch afterwards (OAuth 2.1 §7.5.1.1).',
        'The client must send this request to the token endpoint of the same issuer it sent Alice to, which the iss check made sure of (OAuth 2.1 §7.14).',
      ],
      question: 'Printshop sends both a secret and a code_verifier: what does each one prove?',
    },
  },
  tokenResponse: {
    notes: {
      points: [
        'A token response must carry Cache-Control: no-store, and token_type must be Bearer unless another type was agreed (OIDC Core §3.1.3.3).',
        'The client validates the response in three parts: RFC 6749’s rules, then the ID token, then the access token against at_hash (OIDC Core §3.1.3.5, §3.1.3.8).',
        'Skipping the signature is allowed only for an ID token received straight from the token endpoint, and one from any other channel must be verified with the issuer’s keys (OIDC Core §3.1.3.7).',
        'A nonce only defends against code injection if no token is used before the nonce check has passed (RFC 9700 §4.5.3.2).',
      ],
      question: 'Why may Printshop trust this ID token without checking its signature?',
    },
  },
  tokenError: {
    notes: {
      points: [
        'The token endpoint uses OAuth’s error codes unchanged, usually with status 400, and invalid_grant for an expired or spent code (OIDC Core §3.1.3.4, RFC 6749 §5.2).',
        'A response without an ID token is refused by the client as well, since id_token must be in every successful response to an OpenID request (OIDC Core §3.1.3.3).',
        'A code presented a second time must be refused, and the server should revoke the tokens issued from it if the replayed request is otherwise valid (OAuth 2.1 §4.1.3, §7.5.2).',
      ],
      question:
        'The code expired after 60 seconds: why can Printshop not just ask the token endpoint again?',
    },
  },
  idTokenChecks: {
    notes: {
      points: [
        'If aud also lists audiences Printshop does not trust, the token must be rejected even though printshop is among them (OIDC Core §3.1.3.7).',
        'The iat claim lets a client refuse tokens issued too long ago, which limits how long it must remember nonces (OIDC Core §3.1.3.7).',
        'at_hash is OPTIONAL in the code flow and checking it is a MAY, whereas an ID token issued with an access token at the authorization endpoint must carry it (OIDC Core §3.1.3.8, §3.2.2.10).',
        'iss and sub together are the only stable identifier for Alice, so Printshop keys her account on that pair and never on her email (OIDC Core §5.7).',
      ],
      question: 'What would you store to recognise Alice next time, and why not her email address?',
    },
  },
  idTokenRejected: {
    notes: {
      points: [
        'A client that relies on the nonce against code injection must also disregard the access token that came with a failed ID token (RFC 9700 §4.5.3.2).',
        'In OpenID Connect the nonce is a CSRF defence too, since a mismatch shows the response belongs to another session (RFC 9700 §2.1, OAuth 2.1 §2.3.3).',
        'The code is spent, so trying again means a whole new sign-in with a fresh nonce (OAuth 2.1 §4.1.3, §7.5.1.1).',
      ],
      question:
        'The ID token failed but the access token looks fine: may Printshop still call the photo API?',
    },
  },
  userinfoRequest: {
    notes: {
      points: [
        'The client may send this request by GET or POST, and GET with the token in the Authorization header is the RECOMMENDED way (OIDC Core §5.3.1).',
        'Claims asked for with profile and email come from UserInfo because an access token was issued, whereas with response_type=id_token they would be in the ID token (OIDC Core §5.4).',
        'The access token is not for Printshop to read, so it asks this endpoint for Alice’s name instead of decoding the JWT (RFC 9068 §6).',
      ],
      question: 'Why doesn’t the ID token already carry Alice’s name and email?',
    },
  },
  userinfoResponse: {
    notes: {
      points: [
        'The sub check guards against token substitution, where an access token for someone else would put another person’s details into Alice’s session (OIDC Core §5.3.2, §16.11).',
        'The server may leave out claims that were asked for, and a claim it does not return is omitted, not sent as null or an empty string (OIDC Core §5.3.2).',
        'email_verified true means the provider checked that Alice controlled the address when it verified it, and says nothing about whether she still does (OIDC Core §5.1).',
        'The answer is plain JSON unless a signed or encrypted response was registered, so Printshop relies on the server’s TLS certificate to know who answered (OIDC Core §5.3.2, §5.3.4).',
      ],
      question:
        'The access token came in the same response as the ID token: why compare sub at all?',
    },
  },
  userinfoError: {
    notes: {
      points: [
        'UserInfo errors are Bearer token errors with a WWW-Authenticate challenge, and a request without any token gets no error code at all (OIDC Core §5.3.3, RFC 6750 §3.1).',
        'After invalid_token Printshop may get a new access token, with its refresh token and its secret, and call again (OAuth 2.1 §5.3.2, RFC 6749 §10.4).',
        'A 403 insufficient_scope may name the scope the endpoint needs, so the client knows what to ask for in a new request (RFC 6750 §3.1, OAuth 2.1 §5.3.2).',
      ],
      question: 'Which of these errors can Printshop fix without sending Alice back to sign in?',
    },
  },
  conclusions: {
    notes: {
      points: [
        'An ID token is a statement for the client about a sign-in, so an API must not accept one as an access token, which the at+jwt typ lets it detect (OIDC Core §2, RFC 9068 §5).',
        'RFC 6749 forbade signing users in with the implicit flow unless the client could tell whether the token was issued for it, the gap the ID token’s aud fills (RFC 6749 §10.16).',
        'A refresh may also return a new ID token, which must keep the original iss, sub, aud and auth_time (OIDC Core §12.2).',
        'The ID token’s exp only bounds when it may be accepted, and is unrelated to how long Alice stays signed in at the server (OIDC Core §2).',
      ],
      question:
        'A token says someone allowed access to the photos: why isn’t that enough to know who is signing in?',
    },
  },
  accessDenied: {
    notes: {
      points: [
        'access_denied may come from the server’s policy as well as from Alice, so Printshop should not tell her she clicked Deny (RFC 6749 §4.1.2.1).',
        'The nonce, state and code_verifier of this attempt are spent, and a new sign-in must use fresh ones (OAuth 2.1 §7.5.1.1, RFC 9700 §4.2.4).',
        'Printshop must not fall back to asking for Alice’s password itself, since collecting it is the password grant, which MUST NOT be used (RFC 9700 §2.4).',
      ],
      question: 'Alice said no: what must Printshop forget, and what may it offer her?',
    },
  },
  stateMismatch: {
    notes: {
      points: [
        'In login CSRF the attacker plants a code from their own sign-in, so Alice would use Printshop as the attacker and what she saves would land in the attacker’s account (RFC 9700 §4.7, RFC 6749 §10.12).',
        'The nonce would have caught it too, since the ID token for the planted code carries the nonce of the attacker’s session (RFC 9700 §4.5.3.2, §4.7.1).',
        'So would PKCE, since the planted code is bound to the attacker’s code_challenge and Printshop’s verifier cannot match it (RFC 9700 §4.5.3.1).',
      ],
      question:
        'State, nonce and PKCE: which of them would have caught this, and why keep all three?',
    },
  },
  issuerMismatch: {
    notes: {
      points: [
        'Storing the authorization endpoint is not enough, since an attacker can pair an honest one with a token endpoint of their own, so the client stores the issuer (RFC 9700 §4.4.2).',
        'A client must reject a response without iss from a server that announces authorization_response_iss_parameter_supported (RFC 9207 §2.4, §3).',
        'A client of one server is not exposed to mix-up today, but becomes so the day it adds a second, which is why the check is built in from the start (RFC 9207 §4).',
      ],
      question: 'Printshop only ever uses one authorization server: why check iss at all?',
    },
  },
  failed: {
    notes: {
      points: [
        'A restart begins with a fresh state, nonce and code_verifier, as values must not be reused after an error (OAuth 2.1 §7.5.1.1).',
        'Clients must ignore response parameters and ID token claims they do not understand, so something extra never causes a failure (OIDC Core §2, OAuth 2.1 §3.2.3).',
      ],
      question:
        'Where on the wire would you look first: the token response, the ID token or UserInfo?',
    },
  },
}
