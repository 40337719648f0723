import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the
 * device authorization flow (its quiz is in device-authorization.quiz.ts). Merged into the step table by
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
  },
  denial: {
    notes: {
      points: [
        'The refusal waits at the server until the TV polls, which then gets access_denied and must stop polling (RFC 8628 §3.5).',
        'Denying a code she did not start herself is Alice’s defence against remote phishing (RFC 8628 §5.4).',
      ],
      question: 'Who tells the TV that Alice said no, and when?',
    },
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
  },
  codeExpired: {
    notes: {
      points: [
        'The TV may start a new request but should wait for the user to ask, so that an unattended TV does not poll for ever (RFC 8628 §3.5, §3.1).',
        'A short life is part of the user code’s defence, since a short code is guessable by design (RFC 8628 §5.1).',
      ],
      question: 'Why doesn’t the TV just fetch a new code and carry on?',
    },
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
  },
  failed: {
    notes: {
      points: [
        'A restart is a new device authorization request with new codes, since nothing from the failed run can be reused (RFC 8628 §3.1, §3.2).',
        'After a connection timeout the TV must lower its polling frequency before it retries (RFC 8628 §3.5).',
      ],
      question: 'Which recorded message would you open first to see what went wrong?',
    },
  },
}
