import type { StepTeaching } from '../kit/teaching'

/**
 * The classroom quiz of the device authorization flow ("What happens next?"): for each step, two wrong
 * answers to set beside its title, each with why it is wrong. Merged into the step table by
 * device-authorization.steps.ts; the speaker notes are in device-authorization.teaching.ts.
 */
export const QUIZ: Readonly<Record<string, StepTeaching>> = {
  deviceRequest: {
    quiz: [
      {
        answer: 'Alice types her password on the TV with the remote',
        why: 'The device grant exists so that the TV never handles Alice’s password, and a client that collects passwords is the forbidden password grant (RFC 8628 §1, RFC 9700 §2.4).',
      },
      {
        answer: 'The TV opens /authorize in its own browser',
        why: 'The TV has no usable browser, so it asks the device authorization endpoint for codes instead and redirects no one (RFC 8628 §1, §3.1).',
      },
    ],
  },
  deviceResponse: {
    quiz: [
      {
        answer: 'The server returns an access token for the TV',
        why: 'Nobody has approved anything yet: the TV gets codes now, and tokens only later, by polling (RFC 8628 §3.2, §3.5).',
      },
      {
        answer: 'The server sends a sign-in link to Alice’s phone',
        why: 'The server does not know who will approve or on which device; the TV shows the code and the URL, and Alice goes there herself (RFC 8628 §3.3).',
      },
    ],
  },
  showCode: {
    quiz: [
      {
        answer: 'The TV shows Alice its device_code',
        why: 'The device_code is the TV’s secret for polling and is never shown; people read and type only the short user_code (RFC 8628 §3.3).',
      },
      {
        answer: 'The server texts the code to Alice’s phone',
        why: 'The code reaches Alice only through the TV’s own screen, since the server does not know who will approve it (RFC 8628 §3.3).',
      },
    ],
  },
  poll: {
    quiz: [
      {
        answer: 'The server pushes the tokens to the TV',
        why: 'A device may not accept incoming connections, so the protocol has it poll the token endpoint until the answer changes (RFC 8628 §1, §3.4).',
      },
      {
        answer: 'Alice’s phone sends the tokens to the TV',
        why: 'The phone talks only to the authorization server; the TV gets its tokens from the token endpoint, by polling with its device_code (RFC 8628 §3.4, §3.5).',
      },
    ],
  },
  pollTooSoon: {
    quiz: [
      {
        answer: 'The server answers with the tokens sooner',
        why: 'Polling early never speeds anything up: until Alice approves the answer is pending, and a poll that comes too soon gets slow_down (RFC 8628 §3.5).',
      },
      {
        answer: 'The server cancels the device code',
        why: 'slow_down is not fatal: the request stays pending and the TV only has to wait 5 seconds longer (RFC 8628 §3.5).',
      },
    ],
  },
  openPage: {
    quiz: [
      {
        answer: 'The TV opens the sign-in page on Alice’s phone',
        why: 'The TV has no channel to the phone: Alice opens the page herself, by typing the URL or scanning the QR code (RFC 8628 §3.3, §3.3.1).',
      },
      {
        answer: 'Alice enters the device_code on her phone',
        why: 'Alice never sees the device_code; she enters or confirms the short user_code (RFC 8628 §3.3).',
      },
    ],
  },
  submitCode: {
    quiz: [
      {
        answer: 'The phone sends the code to the TV',
        why: 'The code goes to the authorization server, which matches it to the TV’s waiting request; the phone and the TV never talk (RFC 8628 §3.3).',
      },
      {
        answer: 'The server issues tokens to the phone',
        why: 'The phone is only Alice’s browser here: tokens go to the TV, the client, when it polls (RFC 8628 §3.4, §3.5).',
      },
    ],
  },
  codeRejected: {
    quiz: [
      {
        answer: 'The server tells the TV to show a new code',
        why: 'The server cannot reach the TV; a wrong entry only changes the page on Alice’s phone, and the TV keeps polling as before (RFC 8628 §1, §3.5).',
      },
      {
        answer: 'The TV’s next poll gets access_denied',
        why: 'A mistyped code touches no device request: the TV keeps getting authorization_pending, and access_denied comes only from a refusal (RFC 8628 §3.5).',
      },
    ],
  },
  loginPage: {
    quiz: [
      {
        answer: 'The TV asks Alice for her password',
        why: 'The TV never sees the password: Alice signs in on her phone, on the authorization server’s own page (RFC 8628 §3.3, RFC 9700 §2.4).',
      },
      {
        answer: 'The server approves the TV as soon as the code matches',
        why: 'A matching code only identifies the device request; the server must still authenticate Alice and ask her to approve (RFC 8628 §3.3).',
      },
    ],
  },
  credentials: {
    quiz: [
      {
        answer: 'The phone sends Alice’s password to the TV',
        why: 'The phone posts it only to the authorization server; the TV takes no part in the sign-in (RFC 8628 §3.3).',
      },
      {
        answer: 'The TV receives tokens as soon as she signs in',
        why: 'Signing in is not approval: the server still asks Alice about the TV, and the TV learns nothing until a poll after that (RFC 8628 §3.3, §3.5).',
      },
    ],
  },
  loginRejected: {
    quiz: [
      {
        answer: 'The TV shows that the password was wrong',
        why: 'The TV learns nothing about the sign-in: it keeps polling and keeps getting authorization_pending (RFC 8628 §3.5).',
      },
      {
        answer: 'The server cancels the device request',
        why: 'A failed sign-in ends nothing: the request waits until it is approved, denied or expired (RFC 8628 §3.2, §3.5).',
      },
    ],
  },
  consentPage: {
    quiz: [
      {
        answer: 'The TV asks Alice to press OK on the remote',
        why: 'Approval happens on the authorization server’s page on Alice’s phone, where she is signed in; a button on the TV would prove nothing about her (RFC 8628 §3.3).',
      },
      {
        answer: 'The server approves the TV automatically',
        why: 'The server should tell Alice what she is authorizing and ask her to approve or deny, or any device whose code she entered would get her photos (RFC 8628 §3.3, §5.4).',
      },
    ],
  },
  approval: {
    quiz: [
      {
        answer: 'The server redirects the phone to the TV with a code',
        why: 'The device flow has no redirect URI: the TV collects the result by polling with its device_code (RFC 8628 §3.4, §3.5).',
      },
      {
        answer: 'The phone receives the access token for the TV',
        why: 'Tokens go only to the client polling with the device_code; the phone gets a page telling Alice to return to her device (RFC 8628 §3.3, §3.5).',
      },
    ],
  },
  denial: {
    quiz: [
      {
        answer: 'The phone tells the TV to stop polling',
        why: 'The phone never talks to the TV, which learns of the refusal from access_denied at its next poll (RFC 8628 §3.5).',
      },
      {
        answer: 'The TV gets a token with no scope',
        why: 'A refusal issues nothing: the next poll returns the access_denied error instead of a token (RFC 8628 §3.5).',
      },
    ],
  },
  tokenResponse: {
    quiz: [
      {
        answer: 'The poll returns a code to trade for tokens',
        why: 'There is no second exchange: once Alice has approved, the same poll with the device_code returns the token response itself (RFC 8628 §3.5).',
      },
      {
        answer: 'The poll still says authorization_pending',
        why: 'Alice approved before this poll, so the pending state is over and the token endpoint answers 200 with the tokens (RFC 8628 §3.5).',
      },
    ],
  },
  apiRequest: {
    quiz: [
      {
        answer: 'The TV sends the ID token to the photo API',
        why: 'The ID token tells the TV who Alice is; the API accepts only access tokens, and its typ check refuses an ID token (RFC 9068 §5, OIDC Core §2).',
      },
      {
        answer: 'The TV sends its device_code to the photo API',
        why: 'The device_code is only for polling the token endpoint; the API wants the access token in the Authorization header (RFC 8628 §3.4, RFC 6750 §2.1).',
      },
    ],
  },
  photos: {
    quiz: [
      {
        answer: 'The photo API asks Alice to confirm on her phone',
        why: 'Alice’s approval is already in the token; the API decides from its signature, issuer, audience, expiry and scope (RFC 9068 §4).',
      },
      {
        answer: 'The photo API returns the photos and a new token',
        why: 'Resource servers never issue tokens: only the authorization server does, at its token endpoint (OAuth 2.1 §1.1, §3.2).',
      },
    ],
  },
  accessDenied: {
    quiz: [
      {
        answer: 'The poll keeps saying authorization_pending',
        why: 'Once Alice has denied, the next poll gets access_denied and the request is over (RFC 8628 §3.5).',
      },
      {
        answer: 'The TV starts a new device request on its own',
        why: 'After a refusal the TV stops, and it should begin again only when someone asks it to (RFC 8628 §3.1, §3.5).',
      },
    ],
  },
  expiredPoll: {
    quiz: [
      {
        answer: 'The server denies the TV on Alice’s behalf',
        why: 'Silence is not a refusal: the request stays pending until the codes expire, and the poll then says expired_token, not access_denied (RFC 8628 §3.5).',
      },
      {
        answer: 'The server extends the code while the TV polls',
        why: 'Polling extends nothing: the device code dies expires_in seconds after it was issued (RFC 8628 §3.2).',
      },
    ],
  },
  codeExpired: {
    quiz: [
      {
        answer: 'The TV keeps polling with the same device code',
        why: 'expired_token ends the request: the TV must stop polling, and only a new device authorization request brings new codes (RFC 8628 §3.5).',
      },
      {
        answer: 'Alice can still approve the old code on her phone',
        why: 'expires_in is the lifetime of both codes, so the verification page refuses the old user code too (RFC 8628 §3.2).',
      },
    ],
  },
  tokenError: {
    quiz: [
      {
        answer: 'The TV keeps polling whatever the error',
        why: 'Only authorization_pending and slow_down mean keep polling; after any other error the client must stop (RFC 8628 §3.5).',
      },
      {
        answer: 'The server shows the error on Alice’s phone',
        why: 'Token endpoint errors are JSON answers to the TV’s own POST and never reach Alice’s phone (RFC 6749 §5.2, RFC 8628 §3.5).',
      },
    ],
  },
  apiError: {
    quiz: [
      {
        answer: 'The photo API tells the TV to poll again',
        why: 'Polling belongs to the token endpoint; the API answers 401, 403 or 400 with a WWW-Authenticate header (RFC 6750 §3, §3.1).',
      },
      {
        answer: 'The photo API answers access_denied',
        why: 'access_denied is an authorization error; a resource server uses invalid_token, insufficient_scope or invalid_request (RFC 6750 §3.1, RFC 8628 §3.5).',
      },
    ],
  },
  failed: {
    quiz: [
      {
        answer: 'The TV asks for Alice’s password instead',
        why: 'The password grant must not be used, and sparing the TV Alice’s password is the whole point of this grant (RFC 9700 §2.4, RFC 8628 §1).',
      },
      {
        answer: 'The TV polls faster to catch up',
        why: 'After a failure a client must poll less often, not more, and polling early only earns slow_down (RFC 8628 §3.5).',
      },
    ],
  },
}
