import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the refresh token
 * flow, and the wrong answers its quiz sets beside a step's title. Merged into the step table by
 * refresh-token.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  earlier: {
    notes: {
      points: [
        'Printshop is a confidential client, so the server checks its secret at every refresh, which binds the refresh token to Printshop (RFC 6749 §10.4, OAuth 2.1 §4.3).',
        'A refresh token stands for the whole grant and is not tied to one API, which makes it a richer prize than an access token (RFC 9700 §4.14.1).',
        'Printshop uses PKCE even though it has a secret, as RFC 9700 recommends for confidential clients (RFC 9700 §2.1.1).',
      ],
      question: 'Why does Printshop keep its tokens on its server rather than in Alice’s browser?',
    },
  },
  anHourLater: {
    notes: {
      points: [
        'The API judges expiry on its own from exp, allowing at most a small leeway for clock skew (RFC 9068 §4, RFC 7519 §4.1.4).',
        'A client that tracks expires_in can refresh before this call and skip the 401 (OAuth 2.1 §1.3.2).',
        'After invalid_token a client may get a new access token and retry the request (OAuth 2.1 §5.3.2).',
      ],
      question: 'How does the API know the token has expired without asking anyone?',
    },
  },
  refreshRequest: {
    notes: {
      points: [
        'The client may ask for the same scope or less, never more than Alice originally granted (RFC 6749 §6, OAuth 2.1 §4.3.1).',
        'Refresh tokens go only to the authorization server and are never sent to resource servers (RFC 6749 §1.5, OAuth 2.1 §1.3.2).',
        'If Printshop’s secret leaks, changing that one secret stops every stolen refresh token at once, which is faster than revoking them one by one (OAuth 2.1 §3.2.1).',
      ],
      question: 'Why doesn’t Alice have to do anything for this refresh?',
    },
  },
  refreshResponse: {
    notes: {
      points: [
        'When a new refresh token arrives, the client must discard the old one and use the new one from now on (OAuth 2.1 §4.3.2, RFC 6749 §6).',
        'The new refresh token carries exactly the scope of the old one (OAuth 2.1 §4.3.3, RFC 6749 §6).',
        'Rotation here never stretches the grant: every new refresh token expires no later than the first, as the browser-apps BCP requires for SPAs (browser-based apps BCP §6.3.2.3).',
        'Rotation is required only for public clients whose refresh tokens are not sender-constrained; this server rotates for confidential clients too (RFC 9700 §2.2.2, §4.14.2).',
      ],
      question: 'Why hand out a new refresh token when the old one still had days to live?',
    },
  },
  apiRetry: {
    notes: {
      points: [
        'The new access token is a different JWT, with its own jti, iat and exp, but the same sub and scope (RFC 9068 §2.2).',
        'The API checks it against the same published keys, still without calling the authorization server (RFC 9068 §4, RFC 8414 §2).',
        'A refresh can also fetch a token with less scope than the grant, for a task that needs less (OAuth 2.1 §1.3.2, §4.3.1).',
      ],
      question: 'What is different about this access token from the one that expired?',
    },
  },
  photos: {
    notes: {
      points: [
        'Refresh tokens are what let the server keep access tokens short-lived without asking Alice again (RFC 9700 §4.14, OAuth 2.1 §1.3.2).',
        'Rotation catches a thief only when both the thief and Printshop use the same refresh token, so that one of them presents a used one (RFC 9700 §4.14.2).',
        'Refresh tokens should also expire when they sit unused, which limits how long a stolen one can wait for its chance (RFC 9700 §4.14.2).',
      ],
      question: 'If someone stole the old refresh token, how would the server ever find out?',
    },
  },
  replayOld: {
    notes: {
      points: [
        'Had the thief refreshed first, Printshop’s own next refresh would have been the reuse, with the same outcome (RFC 9700 §4.14.2).',
        'Encoding the grant in the refresh token lets a server find the whole family quickly, but then it must protect the token’s integrity, for example by signing it (RFC 9700 §4.14.2).',
        'Reused, revoked and expired refresh tokens all get invalid_grant (RFC 6749 §5.2).',
      ],
      question:
        'The server cannot tell whether the thief or Printshop sent this: why does it punish both?',
    },
  },
  newestRefused: {
    notes: {
      points: [
        'The server must check that the grant behind a refresh token is still active, not only the token itself (OAuth 2.1 §4.3.1).',
        'Printshop’s secret is fine, so the refusal is about the grant: invalid_grant, not invalid_client (RFC 6749 §5.2).',
      ],
      question: 'Printshop did nothing wrong: will its unused refresh token still work?',
    },
  },
  familyRevoked: {
    notes: {
      points: [
        'Introspection reports those access tokens inactive, so an API that introspects would refuse them at once (RFC 7662 §2.2).',
        'Without a working refresh token the client’s only path is a new authorization grant, which Alice’s session at the server can make quick (OAuth 2.1 §1.3.2, RFC 9700 §4.14.2).',
        'A server may also revoke refresh tokens on events such as a password change or a logout at the server (RFC 9700 §4.14.2).',
      ],
      question:
        'Why can Printshop still fetch photos for a while after its refresh tokens are revoked?',
    },
  },
  revoke: {
    notes: {
      points: [
        'Revoking a refresh token should also invalidate the access tokens of the same grant, where the server can revoke access tokens (RFC 7009 §2.1).',
        'The server first checks that the token was issued to the client asking, so no client can revoke another’s tokens (RFC 7009 §2.1).',
        'token_type_hint only speeds up the lookup: if the hint is wrong, the server searches every token type it has (RFC 7009 §2.1).',
        'The RFC’s reason for 200 on an invalid token is that the client could do nothing useful with an error, and the token is invalid either way (RFC 7009 §2.2).',
      ],
      question: 'Why should a client revoke a token instead of just deleting its own copy?',
    },
  },
  introspect: {
    notes: {
      points: [
        'The endpoint needs authentication of its own, or anyone could use it to scan for valid tokens (RFC 7662 §2.1).',
        'For an active token the answer may add scope, client_id, sub, exp and more (RFC 7662 §2.2).',
        'Introspection is defined for protected resources asking about tokens they receive; here Printshop uses it to check its own token (RFC 7662 §1).',
      ],
      question: 'Why does the answer say only active: false, and not why?',
    },
  },
  apiAfterRevoke: {
    notes: {
      points: [
        'The RFC admits it: recalling self-contained tokens at once needs some non-standardized back-end link between the servers (RFC 7009 §3).',
        'Reference tokens, which the API looks up, can be revoked at once; self-contained JWTs trade that for no call per request (OAuth 2.1 §5.2).',
        'Short access token lifetimes are the usual answer to this gap (OAuth 2.1 §7.1.3.5, RFC 6750 §5.3).',
      ],
      question: 'Alice has disconnected Printshop: why does the API still say yes?',
    },
  },
  apiAsksServer: {
    notes: {
      points: [
        'The API authenticates to the introspection endpoint with its own credentials, so the authorization server tells token details only to the APIs it knows (RFC 7662 §2.1, §4).',
        'An inactive token gets only active: false, whatever the reason: expired, revoked, or never issued (RFC 7662 §2.2).',
        'Revoking a refresh token may revoke the access tokens of the same grant; our server does (RFC 7009 §2.1).',
      ],
      question: 'What does the API gain by asking, and what does each call now cost?',
    },
  },
  refusedAtOnce: {
    notes: {
      points: [
        'Introspection makes revocation take effect at once, at the price of a request per call and an API that depends on the authorization server (RFC 7662 §1, §4).',
        'An API that caches introspection answers reopens a window as long as the cache (RFC 7662 §4).',
        'The default in this lab, checking the JWT locally, is why access tokens live an hour and refresh tokens are checked at every use (RFC 9700 §4.14).',
      ],
      question: 'Which APIs are worth an introspection request per call, and which are not?',
    },
  },
  accessTokenExpires: {
    notes: {
      points: [
        'The API compares exp with its own clock, with at most a small leeway for clock skew (RFC 7519 §4.1.4, RFC 9068 §4).',
        'Access tokens are short-lived precisely so that a leaked or revoked one stops working soon (OAuth 2.1 §1.4).',
      ],
      question: 'What decides this call, now that the API cannot know about the revocation?',
    },
  },
  disconnected: {
    notes: {
      points: [
        'With the refresh token revoked and the access token expired, Printshop’s only way back is a new authorization grant, with Alice asked again (OAuth 2.1 §1.3.2).',
        'A client is never told when a refresh token will stop working, so it must always be ready to start over (OAuth 2.1 §1.3.2).',
      ],
      question: 'What would Printshop need in order to see Alice’s photos again?',
    },
  },
  tokenError: {
    notes: {
      points: [
        'Expired, revoked and reused refresh tokens all give invalid_grant, and the cure is the same: ask Alice again (RFC 6749 §5.2, OAuth 2.1 §1.3.2).',
        'A wrong client secret gives invalid_client, with 401 when the client used HTTP Basic (OAuth 2.1 §3.2.4).',
        'Asking for scope beyond the original grant gives invalid_scope (RFC 6749 §5.2, §6).',
      ],
      question: 'Which refresh errors can Printshop fix itself, and which need Alice?',
    },
  },
  apiError: {
    notes: {
      points: [
        'A 403 insufficient_scope means the token lacks a scope, and a refresh cannot add one the grant does not have (RFC 6750 §3.1, RFC 6749 §6).',
        'A 401 invalid_token is the cue to refresh and retry (OAuth 2.1 §5.3.2).',
      ],
      question: 'Would another refresh help after a 403 insufficient_scope?',
    },
  },
  failed: {
    notes: {
      points: [
        'A restart replays the condensed Authorization Code flow first, because a refresh token only exists as part of a grant (RFC 6749 §1.5, §6).',
        'A refresh token can stop working at any time, revoked or expired, so a client must always be ready for that (OAuth 2.1 §1.3.2).',
      ],
      question: 'What does a refresh token depend on that a restart has to create again?',
    },
  },
}
