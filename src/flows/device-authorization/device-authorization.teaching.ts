import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the device authorization
 * flow, and the wrong answers its quiz sets beside a step's title. Merged into the step table by
 * device-authorization.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  deviceRequest: {
    notes: {
      points: [
        'The device authorization endpoint is separate from /authorize: the TV calls it directly, with no browser in between (RFC 8628 §3.1).',
        'Anyone who owns such a device could extract a secret from it, so device clients are usually public clients (RFC 8628 §5.6).',
        'The TV should start this only when someone asks it to, never automatically at start-up, because every request it starts means polling the token endpoint (RFC 8628 §3.1).',
        'The TV finds this endpoint in the server’s metadata, as device_authorization_endpoint (RFC 8628 §4).',
      ],
      question: 'Why can’t the TV simply use the Authorization Code flow, as Printshop does?',
    },
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
    notes: {
      points: [
        'The RFC’s example lasts 1800 seconds; this server gives 600, long enough to find a phone and short enough to limit guessing (RFC 8628 §3.2, §5.1).',
        'If the server leaves out interval, the TV must wait 5 seconds between polls (RFC 8628 §3.2).',
        'The device_code is never typed, so it can be long and random, while the short user_code relies on expiry and rate limits instead (RFC 8628 §5.1, §5.2).',
      ],
      question: 'Why does the server hand out two codes rather than one?',
    },
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
    notes: {
      points: [
        'The TV must show the user_code even beside a QR code, because the server will ask Alice to confirm it (RFC 8628 §3.3.1).',
        'Anyone who can see the screen could enter the code before Alice does, so a device should consider who else is watching (RFC 8628 §5.5).',
        'The codes here are eight consonants in two groups of four: no vowels, so no words, and no characters that look alike (RFC 8628 §6.1).',
        'The verification_uri stays short and does not carry the code, because people have to type it (RFC 8628 §3.2, §3.3).',
      ],
      question: 'What could someone else in the room do with the code on the TV?',
    },
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
    notes: {
      points: [
        'Polling is the design because a device may be unable to take incoming requests, so nothing can be pushed to it (RFC 8628 §1).',
        'authorization_pending and slow_down mean keep polling; any other error means stop (RFC 8628 §3.5).',
        'After a network timeout the TV must poll less often, and exponential backoff is recommended (RFC 8628 §3.5).',
        'A poll carries only the device_code and client_id, so the device_code must be too long to guess (RFC 8628 §3.4, §5.2).',
      ],
      question:
        'How does the TV find out that Alice has approved, when nobody can send it a message?',
    },
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
    notes: {
      points: [
        'The TV must wait at least interval seconds between polls, and slow_down is how the server enforces it (RFC 8628 §3.4, §3.5).',
        'slow_down is a variant of authorization_pending: the request is still alive and the TV carries on polling (RFC 8628 §3.5).',
        'The extra 5 seconds add up and stay, so a TV told to slow down twice waits 15 seconds between polls from then on (RFC 8628 §3.5).',
      ],
      question: 'What does the TV gain, and what does it lose, by polling early?',
    },
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
    notes: {
      points: [
        'In remote phishing, an attacker starts the flow on a device they hold and sends Alice the link, so the page must make her check that the device is hers (RFC 8628 §5.4).',
        'The QR code is only a shortcut: Alice could type verification_uri and the code by hand, which is why the TV shows both (RFC 8628 §3.3.1).',
        'Pages where a user authorizes a device must refuse to be framed, like login and consent pages (RFC 9700 §4.16).',
      ],
      question: 'Why doesn’t scanning the QR code connect the TV straight away?',
    },
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
    notes: {
      points: [
        'The RFC leaves the order of code entry and sign-in to the server; this one asks for the code first, then for the password (RFC 8628 §3.3).',
        'Code entry is what an attacker would brute-force, so the server counts failures and stops accepting guesses for a while (RFC 8628 §5.1).',
        'The code only identifies the waiting device request; it proves nothing about Alice, who still has to sign in and approve (RFC 8628 §3.3).',
      ],
      question: 'How does the server know which TV Alice means?',
    },
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
    notes: {
      points: [
        'The RFC’s arithmetic: eight base-20 characters give about 34.5 bits, so a server that allows only 5 guesses in a code’s life leaves a guesser a 1 in 2^32 chance (RFC 8628 §5.1).',
        'Ignoring case, spaces and dashes avoids rejecting a code that Alice typed correctly (RFC 8628 §6.1).',
        'An expired code is as dead as a wrong one: only a new request on the TV makes a new code (RFC 8628 §3.2, §3.5).',
      ],
      question: 'Why can’t an attacker simply try codes until one works?',
    },
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
    notes: {
      points: [
        'How the server authenticates Alice is outside OAuth, so this page could just as well offer a passkey (OAuth 2.1 §3.1).',
        'Had Alice already been signed in on her phone, her existing session would do and this page could be skipped (OAuth 2.1 §3.1).',
        'Because the page is on the server’s own origin, phishing-resistant authenticators can check that Alice is on the real site (OAuth 2.1 §7.8).',
      ],
      question: 'What does the TV ever learn about Alice’s password?',
    },
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
    notes: {
      points: [
        '303 makes the phone follow with a GET, so the password is not posted again to the next page (RFC 9700 §4.12, OAuth 2.1 §7.5.3).',
        'The session lives in the phone’s browser; the TV has no session with the server at all, only its device_code (RFC 8628 §3.3, §3.4).',
        'A password is a credential made for people, so the server protects it with limits on attempts rather than with entropy (OAuth 2.1 §7.7).',
      ],
      question: 'Alice is signed in on her phone: what has changed for the TV?',
    },
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
    notes: {
      points: [
        'The TV keeps polling and keeps getting authorization_pending, since a failed sign-in does not end the device request (RFC 8628 §3.5).',
        'The device code keeps ageing meanwhile, so a long struggle with the password ends in expired_token (RFC 8628 §3.2, §3.5).',
        'Password guessing must be slowed by means other than entropy, such as limits on failed attempts (OAuth 2.1 §7.7).',
      ],
      question: 'Does the TV notice that Alice mistyped her password?',
    },
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
    notes: {
      points: [
        'The server should say what kind of device is asking, so Alice can notice a program pretending to be a device she owns (RFC 8628 §5.4).',
        'Leaving the page undecided is safe: once expires_in has passed the request is dead, and the TV gets expired_token (RFC 8628 §3.5).',
        'With openid and profile in the scope, approving also lets the TV learn Alice’s name and basic profile, not just see her photos (OIDC Core §5.4).',
      ],
      question: 'What should Alice do if the code on her phone differs from the one on the TV?',
    },
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
    notes: {
      points: [
        'The approval is stored with the device_code, and only whoever holds that code can collect the tokens (RFC 8628 §3.4, §3.5).',
        'The TV is a public client, so anyone holding the device_code could poll for these tokens, which is why it must be long and random (RFC 8628 §5.2, §5.6).',
        'The TV may learn of the approval up to one interval late: that is the price of polling (RFC 8628 §3.4).',
      ],
      question: 'How does the TV find out that Alice said yes?',
    },
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
    notes: {
      points: [
        'The refusal waits at the server until the TV polls, which then gets access_denied and must stop polling (RFC 8628 §3.5).',
        'Denying a code she did not start herself is Alice’s defence against remote phishing (RFC 8628 §5.4).',
      ],
      question: 'Who tells the TV that Alice said no, and when?',
    },
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
    notes: {
      points: [
        'The TV should validate the ID token (issuer, audience frame-tv, expiry and signature) before it trusts Alice’s name in it (OIDC Core §3.1.3.7).',
        'Whether to issue a refresh token is the server’s decision per client, and without one the TV must run the device flow again (RFC 9700 §4.14.2, OAuth 2.1 §3.2.3).',
        'Had it got one, a refresh token for this public client would have to be rotated or bound to the TV (RFC 9700 §2.2.2).',
      ],
      question: 'What will the TV have to do in an hour, when this access token expires?',
    },
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
    notes: {
      points: [
        'The API neither knows nor cares which grant produced the token: it validates every access token the same way (RFC 9068 §4, OAuth 2.1 §5.2).',
        'The ID token is for the TV, not for the API, and the typ check makes the API refuse one (RFC 9068 §5, OIDC Core §2).',
        'This is a bearer token: anyone who copied it off the TV could use it until it expires (OAuth 2.1 §1.4.2).',
      ],
      question: 'Could the API tell that this token was issued to a TV?',
    },
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
    notes: {
      points: [
        'Access tokens should be short-lived, since a bearer token copied off a device works for whoever holds it (OAuth 2.1 §7.1.3.5).',
        'If the TV is lost, revoking its grant at the server cuts it off without Alice changing her password (RFC 7009 §2.1).',
        'The same grant suits smart TVs, media consoles, picture frames and printers: devices that are online but lack a suitable browser or an easy way to type (RFC 8628 §1).',
      ],
      question: 'If the TV were stolen tomorrow, what could the thief do with what it holds?',
    },
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
    notes: {
      points: [
        'access_denied ends the request for good, as does every error other than authorization_pending and slow_down (RFC 8628 §3.5).',
        'The TV should start a new request only when someone asks it to, so a refused TV does not nag (RFC 8628 §3.1).',
        'The refusal comes as an ordinary 400 token error response, in the same format as invalid_grant (RFC 8628 §3.5, RFC 6749 §5.2).',
      ],
      question:
        'Why must the TV stop polling now, instead of waiting in case Alice changes her mind?',
    },
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
    notes: {
      points: [
        'expires_in is the lifetime of both codes, so the user code is dead on the phone as well (RFC 8628 §3.2).',
        'At the default 5-second interval, ten minutes of waiting is about 120 polls, all answered authorization_pending (RFC 8628 §3.2, §3.5).',
        'A TV that tracks expires_in itself can stop and tell the user on time instead of learning it from the server (RFC 8628 §3.2).',
      ],
      question: 'What was the TV doing during those ten minutes?',
    },
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
    notes: {
      points: [
        'The TV may start a new request but should wait for the user to ask, so that an unattended TV does not poll for ever (RFC 8628 §3.5, §3.1).',
        'A short life is part of the user code’s defence, since a short code is guessable by design (RFC 8628 §5.1).',
      ],
      question: 'Why doesn’t the TV just fetch a new code and carry on?',
    },
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
    notes: {
      points: [
        'invalid_grant, for example, means the device_code is unknown or already used, and waiting cannot fix that (RFC 6749 §5.2, RFC 8628 §3.5).',
        'The device authorization endpoint reports errors in the same format, so a client not registered for this grant gets unauthorized_client there (RFC 8628 §3.2, RFC 6749 §5.2).',
        'After an error that ends polling, the TV should tell the user, for example by showing the error, rather than loop (RFC 8628 §3.5).',
      ],
      question:
        'Which answers from the token endpoint should make the TV wait, and which should make it stop?',
    },
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
    notes: {
      points: [
        'invalid_token with 401 means this token is no good, and with no refresh token the only cure is a new device request (RFC 6750 §3.1, RFC 8628 §3.1).',
        'insufficient_scope with 403 would mean the TV asked for too little, and only a new approval with more scope could fix it (RFC 6750 §3.1).',
        'A request with no token at all would get a bare Bearer challenge and no error code (RFC 6750 §3, §3.1).',
      ],
      question: 'The API answered 401: what can a TV without a refresh token do?',
    },
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
    notes: {
      points: [
        'A restart is a new device authorization request with new codes, since nothing from the failed run can be reused (RFC 8628 §3.1, §3.2).',
        'After a connection timeout the TV must lower its polling frequency before it retries (RFC 8628 §3.5).',
      ],
      question: 'Which recorded message would you open first to see what went wrong?',
    },
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
