import type { StepMeta } from '../kit/step-meta'

/**
 * The teaching text of the client credentials flow (RFC 6749 §4.4; OAuth 2.1 §4.2), keyed by the
 * machine's state names.
 */
export const STEPS = {
  tokenRequest: {
    title: 'The backup job asks for a token for itself',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'There is no user and no browser: the nightly backup job posts grant_type=client_credentials and scope=photos.read straight to the token endpoint. ' +
      'It proves who it is with its own secret, sent as HTTP Basic authentication (client_secret_basic), which is why only a confidential client may use this grant.',
    specRef: 'RFC 6749 §4.4.2, §2.3.1 · OAuth 2.1 §4.2',
    notes: {
      points: [
        'OAuth 2.1 reverses RFC 6749 here: servers must accept the secret in the request body (client_secret_post), and HTTP Basic becomes optional (OAuth 2.1 §2.4.1, RFC 6749 §2.3.1).',
        'Asymmetric client authentication, such as private_key_jwt or mTLS, is recommended over shared secrets, because the server then stores no secret that could leak (RFC 9700 §2.5, OAuth 2.1 §2.4).',
        'A client secret is a password, so an endpoint that checks secrets must be protected against brute force (OAuth 2.1 §2.4.1).',
      ],
      question: 'Why may only a confidential client use this grant?',
    },
  },
  tokenResponse: {
    title: 'The authorization server returns an access token, and no refresh token',
    label: '200 OK: token',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The server checks the secret and the scope the job is registered for, and answers 200 with an access_token of token_type Bearer, valid for an hour. ' +
      'There is no refresh token: the job can always authenticate again with its secret, so a long-lived refresh token would only be one more secret to lose.',
    specRef: 'RFC 6749 §4.4.3, §5.1',
    notes: {
      points: [
        'RFC 6749 says a refresh token SHOULD NOT be included in this response, and this server follows it (RFC 6749 §4.4.3).',
        'The token is audience-restricted to the photo API, so a copy leaked elsewhere cannot be replayed at another service (RFC 9700 §2.3).',
        'A server should weigh how far it trusts a client before letting it use this grant, since nothing but the client’s credentials stands behind the token (OAuth 2.1 §2.1).',
      ],
      question: 'Why would a refresh token be pointless for this job?',
    },
  },
  apiRequest: {
    title: 'The job calls the photo API with its token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The job sends the token as Authorization: Bearer. The photo API checks the JWT as for any client: signature against the published keys, typ at+jwt, issuer, audience, expiry and scope photos.read. ' +
      'The first time, the API fetches those keys itself: the server’s metadata, then its JWKS.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
    notes: {
      points: [
        'The token’s client_id claim names the backup job, so the API can tell which client holds it (RFC 9068 §2.2).',
        'expires_in tells the job how long it can reuse the token, so it need not ask for one per call (OAuth 2.1 §3.2.3).',
        'For a machine client, mTLS or DPoP could bind the token to the job’s key, so that a copied token would be useless (RFC 9700 §2.2.1, §4.10.1).',
      ],
      question: 'What does the API check before it serves a token that no user ever approved?',
    },
  },
  photos: {
    title: 'The photo API answers for the job, not for Alice',
    label: '200 OK: the job’s own album',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The token’s sub is backup-job: with no resource owner, sub names the client itself. The API serves the album of sub, so the job sees its own, empty album and none of Alice’s photos. ' +
      'An API that keys data by sub must never take a client for a user; here that is safe because clients cannot choose their client_id, so none can call itself alice.',
    specRef: 'RFC 9068 §2.2 · RFC 9700 §4.15',
    notes: {
      points: [
        'Where client ids and user ids share a namespace, the server must give the API some other way to tell the two kinds of token apart (RFC 9700 §4.15.1, OAuth 2.1 §7.4).',
        'A client may reach another owner’s resources with this grant only by prior arrangement with the server, and the backup job has none (OAuth 2.1 §4.2, §1.3.3).',
      ],
      question: 'The job’s token is valid and has photos.read: why doesn’t it see Alice’s photos?',
    },
  },
  anHourLater: {
    title: 'An hour later, the API refuses the expired token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The lab clock moves on an hour, to the token’s exp, and the job calls the API with the same token. ' +
      'The API answers 401 with WWW-Authenticate: Bearer error="invalid_token": the token has expired, and nothing can renew it.',
    specRef: 'RFC 6750 §3.1 · RFC 7519 §4.1.4',
    notes: {
      points: [
        'exp is a time in seconds since 1970, compared with the API’s own clock with at most a small leeway (RFC 7519 §4.1.4, RFC 9068 §4).',
        'After invalid_token the client may get a new access token and retry (OAuth 2.1 §5.3.2).',
        'Short lifetimes limit how long a stolen bearer token stays useful (OAuth 2.1 §7.1.3.5).',
      ],
      question: 'Why does the API refuse a token it accepted an hour ago?',
    },
  },
  askAgain: {
    title: 'The job simply asks for a new token',
    label: 'POST /token',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Without a refresh token, the job does what it did the first time: it authenticates with its secret and asks for a new access token. ' +
      'A well-written job asks a little before exp, or on the first 401, and caches the token until then.',
    specRef: 'RFC 6749 §4.4.2, §4.4.3',
    notes: {
      points: [
        'Every token request authenticates the client afresh, so disabling the client or changing its secret stops it at its next request (OAuth 2.1 §3.2.1).',
        'The job may ask for narrower scope this time if a task needs less (OAuth 2.1 §4.2.1, §1.4.1).',
      ],
      question: 'With no refresh token, how does the job get a new access token?',
    },
  },
  newToken: {
    title: 'A fresh token for another hour',
    label: '200 OK: token',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'success',
    narration:
      'The server answers with a new access token, valid for an hour from now, and the job carries on. ' +
      'This is the whole grant: a client acting for itself, with no user to ask and nothing to redirect.',
    specRef: 'RFC 6749 §4.4.3',
    notes: {
      points: [
        'What the job may do was arranged with the server beforehand, since no user consents in this grant (OAuth 2.1 §1.3.3, §4.2).',
        'The server may still issue less scope than asked for, and would then list the scope in its response (OAuth 2.1 §1.4.1, §3.2.3).',
      ],
      question: 'Who decided what this job is allowed to do?',
    },
  },
  tokenError: {
    title: 'The token endpoint refused the job',
    label: 'error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The authorization server answered with an error instead of a token; its error and error_description say why (a wrong secret is invalid_client, a scope the job is not registered for is invalid_scope). ' +
      'Restart to run the flow again.',
    specRef: 'RFC 6749 §5.2',
    notes: {
      points: [
        'A wrong secret sent with HTTP Basic gets 401 invalid_client with a WWW-Authenticate header (OAuth 2.1 §3.2.4, RFC 6749 §5.2).',
        'A client that is not registered for this grant gets unauthorized_client (RFC 6749 §5.2).',
        'error_description is for the developer reading the job’s logs, not for end users (OAuth 2.1 §3.2.4).',
      ],
      question: 'How can the job tell a wrong secret from a scope it may not have?',
    },
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
      'Restart to get a fresh token.',
    specRef: 'RFC 6750 §3.1',
    notes: {
      points: [
        'A 403 insufficient_scope means the job’s registration does not cover the request, and a new token cannot change that (RFC 6750 §3.1, OAuth 2.1 §1.3.3).',
        'A 401 invalid_token means get a new token and retry (OAuth 2.1 §5.3.2).',
      ],
      question: 'Which API errors can the job fix by asking for a new token?',
    },
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'client',
    to: 'client',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the flow does not expect; the message below says what happened. Restart to begin again.',
    specRef: 'RFC 6749 §4.4',
    notes: {
      points: [
        'A client with credentials must take care that they never leak, error logs included (OAuth 2.1 §2.1).',
        'A restart is simply a new token request, since the job holds nothing else worth keeping (RFC 6749 §4.4.2).',
      ],
      question: 'What does the job hold that must never appear in an error message?',
    },
  },
} as const satisfies Record<string, StepMeta>

export type StepId = keyof typeof STEPS
