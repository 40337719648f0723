import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the client credentials
 * flow, and the wrong answers its quiz sets beside a step's title. Merged into the step table by
 * client-credentials.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  tokenRequest: {
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
    notes: {
      points: [
        'Where client ids and user ids share a namespace, the server must give the API some other way to tell the two kinds of token apart (RFC 9700 §4.15.1, OAuth 2.1 §7.4).',
        'A client may reach another owner’s resources with this grant only by prior arrangement with the server, and the backup job has none (OAuth 2.1 §4.2, §1.3.3).',
      ],
      question: 'The job’s token is valid and has photos.read: why doesn’t it see Alice’s photos?',
    },
  },
  anHourLater: {
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
    notes: {
      points: [
        'Every token request authenticates the client afresh, so disabling the client or changing its secret stops it at its next request (OAuth 2.1 §3.2.1).',
        'The job may ask for narrower scope this time if a task needs less (OAuth 2.1 §4.2.1, §1.4.1).',
      ],
      question: 'With no refresh token, how does the job get a new access token?',
    },
  },
  newToken: {
    notes: {
      points: [
        'What the job may do was arranged with the server beforehand, since no user consents in this grant (OAuth 2.1 §1.3.3, §4.2).',
        'The server may still issue less scope than asked for, and would then list the scope in its response (OAuth 2.1 §1.4.1, §3.2.3).',
      ],
      question: 'Who decided what this job is allowed to do?',
    },
  },
  tokenError: {
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
    notes: {
      points: [
        'A 403 insufficient_scope means the job’s registration does not cover the request, and a new token cannot change that (RFC 6750 §3.1, OAuth 2.1 §1.3.3).',
        'A 401 invalid_token means get a new token and retry (OAuth 2.1 §5.3.2).',
      ],
      question: 'Which API errors can the job fix by asking for a new token?',
    },
  },
  failed: {
    notes: {
      points: [
        'A client with credentials must take care that they never leak, error logs included (OAuth 2.1 §2.1).',
        'A restart is simply a new token request, since the job holds nothing else worth keeping (RFC 6749 §4.4.2).',
      ],
      question: 'What does the job hold that must never appear in an error message?',
    },
  },
}
