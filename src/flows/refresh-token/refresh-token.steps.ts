import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './refresh-token.teaching'

export const BROWSER = 'browser'

/** The teaching text of the refresh token flow (RFC 6749 §6, RFC 9700 §4.14, RFC 7009, RFC 7662). */
const NARRATION = {
  earlier: {
    title: 'Earlier: Alice let Printshop read her photos',
    label: 'Authorization Code + PKCE (condensed)',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner', 'client'],
    narration:
      'This flow starts where the Authorization Code flow ends, so that flow runs here in one step: Alice signs in, allows access, and Printshop’s server redeems the code with its secret and its PKCE verifier (exchanges 1a to 1g). ' +
      'Printshop now holds an access token that lives an hour and a refresh token that lives 14 days, both kept on its server, never in Alice’s browser.',
    specRef: 'RFC 6749 §4.1, §1.5 · RFC 7636',
  },
  anHourLater: {
    title: 'An hour later, the photo API refuses the access token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The lab clock moves on an hour, to the access token’s exp. Printshop calls the photo API with it, and the API answers 401 with WWW-Authenticate: Bearer error="invalid_token": the token has expired. ' +
      'Alice does not need to sign in again: that is what the refresh token is for.',
    specRef: 'RFC 6750 §3.1 · RFC 6749 §1.5',
  },
  refreshRequest: {
    title: 'Printshop asks for new tokens with its refresh token',
    label: 'POST /token (refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Printshop posts grant_type=refresh_token and the refresh token to the token endpoint, authenticating with its own secret: a refresh token is bound to the client it was issued to. ' +
      'No browser and no Alice are involved; her consent still stands.',
    specRef: 'RFC 6749 §6 · OAuth 2.1 §4.3',
  },
  refreshResponse: {
    title: 'New tokens, and a new refresh token: rotation',
    label: '200 OK: tokens',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The server answers with a new access token and a new refresh token, and marks the old refresh token as used: this is refresh token rotation. ' +
      'If the old one ever comes back, someone has a copy, and the server can tell that something is wrong.',
    specRef: 'RFC 6749 §6 · RFC 9700 §4.14.2',
  },
  apiRetry: {
    title: 'Printshop calls the photo API with the new access token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'Printshop repeats the request that failed, with the new access token in the Authorization header. The API checks it as before.',
    specRef: 'RFC 6750 §2.1',
  },
  photos: {
    title: 'The photo API returns Alice’s photos again',
    label: '200 OK: photos',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    choices: [
      {
        event: 'choice.replay',
        label: 'Replay the old refresh token',
        hint: 'Use the refresh token that was rotated away, as a thief with a copy would.',
      },
    ],
    narration:
      'The refresh worked without Alice noticing. ' +
      'Next, Alice disconnects the app; or first replay the old refresh token, as someone who stole a copy of it would, to see what rotation is for.',
    specRef: 'RFC 6749 §6',
  },
  replayOld: {
    title: 'The old refresh token comes back: the server revokes the whole family',
    label: 'POST /token (old refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'The refresh token that was already used is presented again. The server cannot tell whether the thief or Printshop is asking, so it refuses with invalid_grant and revokes every refresh token descended from the same grant. ' +
      'A thief gets nothing; Printshop loses its refresh token too, and Alice will have to sign in again: the price of detection.',
    specRef: 'RFC 9700 §4.14.2 · RFC 6749 §5.2',
  },
  newestRefused: {
    title: 'Printshop tries its newest refresh token',
    label: 'POST /token (current refresh_token)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Printshop, which knows nothing of the replay, tries the refresh token it was given in step 4 and never used. ' +
      'It authenticates with its secret as always; the only question is whether that refresh token is still alive.',
    specRef: 'RFC 6749 §6 · RFC 9700 §4.14.2',
  },
  familyRevoked: {
    title: 'Even the newest refresh token is refused: the family is revoked',
    label: '400 invalid_grant',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The server answers invalid_grant: the replay revoked every refresh token of this grant, including the one no thief ever saw. Printshop must send Alice through the Authorization Code flow again. ' +
      'Its access token still works until it expires at an API that checks JWTs on its own, as the photo API does by default; an introspecting one refuses it at once. That is why access tokens live short.',
    specRef: 'RFC 9700 §4.14.2',
  },
  revoke: {
    title: 'Alice disconnects Printshop; the client revokes its refresh token',
    label: 'POST /revoke',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    involved: ['resource-owner'],
    narration:
      'Alice presses “Disconnect” in Printshop’s settings. Printshop posts its refresh token to the revocation endpoint with token_type_hint=refresh_token, authenticating with its secret. ' +
      'The server answers 200 with an empty body; it answers 200 for an unknown token too: the client could do nothing useful with an error, and the token is invalid either way.',
    specRef: 'RFC 7009 §2.1, §2.2',
  },
  introspect: {
    title: 'Introspection confirms: the refresh token is no longer active',
    label: 'POST /introspect',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Printshop asks the introspection endpoint about the refresh token, authenticating with its secret. The answer is just active: false; an inactive token gets no other details. ' +
      'Resource servers use the same endpoint to check opaque tokens, or to learn that a JWT was revoked.',
    specRef: 'RFC 7662 §2.1, §2.2',
  },
  apiAfterRevoke: {
    title: 'Yet the photo API still accepts the access token',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The access token is a signed JWT, and the photo API checks it locally: signature, issuer, audience, expiry. It does not ask the authorization server, so it cannot know about the revocation, and answers 200. ' +
      'An API that must honour revocation at once introspects each token instead, at the cost of a request per call.',
    specRef: 'RFC 9068 §4 · RFC 7009 §2 · RFC 7662 §1',
  },
  apiAsksServer: {
    title: 'Printshop calls the photo API, which asks the authorization server',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    involved: ['authorization-server'],
    narration:
      'With its switch on, the photo API does not trust the JWT on its own: it posts the token to the introspection endpoint with its own credentials (photo-api) and reads the answer, active: false. ' +
      'Revoking the refresh token revoked the grant’s access tokens with it, and only the authorization server knows that.',
    specRef: 'RFC 7662 §2.1, §2.2 · RFC 7009 §2.1',
  },
  refusedAtOnce: {
    title: 'The photo API refuses the access token at once: it is revoked',
    label: '401 invalid_token',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'success',
    narration:
      'The API answers 401 with WWW-Authenticate: Bearer error="invalid_token", minutes before the token’s exp: Printshop is disconnected now, not an hour from now. ' +
      'The price is a request to the authorization server on every API call (a cache would bring back a window) and an API that depends on that server being up.',
    specRef: 'RFC 7662 §1, §4 · RFC 6750 §3.1',
  },
  accessTokenExpires: {
    title: 'An hour later, Printshop calls the API once more',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    wait: 'An hour later',
    narration:
      'The lab clock moves on another hour, to the access token’s exp, and Printshop calls the photo API with it. ' +
      'This time the expiry check decides, and the API does not need the authorization server to know the answer.',
    specRef: 'RFC 9068 §4 · RFC 7519 §4.1.4',
  },
  disconnected: {
    title: 'The access token is refused: Printshop is disconnected for good',
    label: '401 invalid_token',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'success',
    narration:
      'The API answers 401 with WWW-Authenticate: Bearer error="invalid_token", and with the refresh token revoked nothing can renew the access token. ' +
      'This is why access tokens live minutes to an hour, while refresh tokens, which the server checks at every use, can live for days.',
    specRef: 'RFC 6750 §3.1 · RFC 9700 §4.14',
  },
  tokenError: {
    title: 'The token endpoint answered with an error',
    label: 'error',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The authorization server answered with an error instead of tokens; its error and error_description say why. ' +
      'A refresh token can expire, be revoked, or be refused because its family was revoked. Restart to run the flow again.',
    specRef: 'RFC 6749 §5.2, §6',
  },
  apiError: {
    title: 'The photo API refused the request',
    label: 'API error',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'refused',
    narration:
      'The resource server answered something this flow did not expect; its status and WWW-Authenticate header say why. Restart to run the flow again.',
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
    specRef: 'RFC 6749 §6',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes and quiz (refresh-token.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
