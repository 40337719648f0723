import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './client-credentials.teaching'

/**
 * The teaching text of the client credentials flow (RFC 6749 §4.4; OAuth 2.1 §4.2), keyed by the
 * machine's state names.
 */
const NARRATION = {
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
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes and quiz (client-credentials.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
