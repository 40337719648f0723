import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the refresh
 * token replay, on both branches (rotation on, and off). Merged into the step table by
 * attack-refresh-replay.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  earlier: {
    notes: {
      points: [
        'A public client’s refresh tokens must be sender-constrained or rotated, because no client authentication binds them to the app (RFC 9700 §2.2.2, §4.14.2).',
        'In a browser app the refresh token is usually a bearer token, so a leaked one is worse than a leaked access token (browser-based apps BCP §6.3.2.3).',
        'Even with rotation the grant cannot outlive its first refresh token, which this server makes 14 days after sign-in (browser-based apps BCP §6.3.2.3).',
      ],
      question:
        'Why is a refresh token in a browser a bigger risk than the access token next to it?',
    },
  },
  stolen: {
    notes: {
      points: [
        'A refresh token represents the full grant and is not tied to one resource server, so it is the most valuable thing the app holds (RFC 9700 §4.14.1).',
        'Keeping the refresh token in a Web Worker, out of reach of the page’s scripts, would have kept it from Mallory (browser-based apps BCP §6.3.4.2).',
        'A backend for frontend keeps tokens out of the browser altogether, and the BCP advises against browser-only clients for apps that handle personal data (browser-based apps BCP §6.1, §6.3.4.3).',
      ],
      question: 'Where could the app have kept its refresh token out of Mallory’s reach?',
    },
  },
  clientRefreshes: {
    notes: {
      points: [
        'With rotation, the client must discard the old refresh token and use only the new one (OAuth 2.1 §4.3.2).',
        'A rotated refresh token keeps exactly the old one’s scope and expires no later than the first one did (OAuth 2.1 §4.3.3, browser-based apps BCP §6.3.2.3).',
        'RFC 6749 already suggested rotation as a way to detect stolen refresh tokens (RFC 6749 §10.4).',
      ],
      question: 'What must the app do with its old refresh token now?',
    },
  },
  mallorysRefresh: {
    notes: {
      points: [
        'For a public client the server can only check that the refresh token was issued to the client_id in the request, which anyone can send (OAuth 2.1 §4.3.1).',
        'The server cannot tell who sent a used token, the thief or the app, so rotation treats any reuse as theft (RFC 9700 §4.14.2).',
        'Sender-constrained refresh tokens, for example with DPoP, would make the copied token useless without the app’s private key (RFC 9700 §4.14.2, RFC 9449 §1).',
      ],
      question: 'Without rotation, what in this request could tell the server it is not the app?',
    },
  },
  malloryFirst: {
    notes: {
      points: [
        'A stolen refresh token can always be used once: rotation does not prevent the first use, only notices the second (RFC 9700 §4.14.2).',
        'Whoever refreshes first gets the new refresh token; the other party is left holding a used one (OAuth 2.1 §4.3.1).',
        'For a public client the server sees the same client_id and the same refresh token, whoever sends them (OAuth 2.1 §4.3.1).',
      ],
      question: 'Mallory has new tokens now: what will give her away?',
    },
  },
  appRefusedFirst: {
    notes: {
      points: [
        'The app did nothing wrong, yet its refresh is the one refused: reuse detection cannot tell the thief from the victim (RFC 9700 §4.14.2).',
        'On reuse the server revokes the active refresh token, the one Mallory holds, and the grant behind it (OAuth 2.1 §4.3.1).',
        'An app whose refresh fails with invalid_grant must start the authorization over; that is the signal a user notices (OAuth 2.1 §4.3.1).',
      ],
      question: 'Why is the innocent app’s refusal good news here?',
    },
  },
  mallorysTokenDead: {
    notes: {
      points: [
        'The refresh token Mallory got belonged to the grant that was just revoked, so it is dead too (RFC 9700 §4.14.2).',
        'The access token she minted is a JWT the API checks itself, so it works until exp: short access token lifetimes bound the damage (RFC 9068 §4, OAuth 2.1 §7.1.3.5).',
      ],
      question: 'How long can Mallory still read Alice’s photos, and what decides it?',
    },
  },
  reuseDetected: {
    notes: {
      points: [
        'Either order ends the same way: the second presentation of a used refresh token revokes the grant (RFC 9700 §4.14.2).',
        'Sender-constrained refresh tokens (DPoP) would stop the first use as well, not just the second (RFC 9700 §4.14.2, RFC 9449 §1).',
      ],
      question: 'What would stop Mallory’s first refresh, not just her second?',
    },
  },
  appCutOff: {
    notes: {
      points: [
        'OAuth 2.1 spells it out: the server revokes the active refresh token and the authorization grant behind it (OAuth 2.1 §4.3.1).',
        'Revoking a refresh token should also invalidate the access tokens of the same grant, where the server can (RFC 7009 §2.1).',
        'Forcing Alice to sign in again is the price RFC 9700 accepts for stopping the attack (RFC 9700 §4.14.2).',
      ],
      question: 'Is it fair that the app is cut off too, and what would the alternative be?',
    },
  },
  theftDetected: {
    notes: {
      points: [
        'An API that validates JWT access tokens itself accepts those already issued until they expire, unless it asks the server through introspection (RFC 9068 §4, RFC 7662 §2.2).',
        'Had Mallory refreshed first, she would have held a fresh access token until its expiry, and the app’s next refresh would have revealed the theft (RFC 9700 §4.14.2).',
        'A script that keeps stealing the newest tokens, or stops the app from refreshing, defeats rotation altogether (browser-based apps BCP §5.1.2).',
        'A script in the page can also run a new silent flow for tokens of its own, which no storage or rotation prevents (browser-based apps BCP §5.1.3).',
      ],
      question: 'What could Mallory have done differently to get past rotation?',
    },
  },
  mallorysApiCall: {
    notes: {
      points: [
        'Neither rotated nor sender-constrained, this refresh token breaks a requirement RFC 9700 sets for public clients (RFC 9700 §2.2.2).',
        'Each refresh gives Mallory an access token with the full scope of Alice’s grant (RFC 9700 §4.14.1).',
        'A refresh token should expire after a period without use, but Mallory keeps hers in use (RFC 9700 §4.14.2).',
      ],
      question: 'What stops Mallory now, if anything?',
    },
  },
  alicesPhotos: {
    notes: {
      points: [
        'A stolen refresh token gives long-term impersonation of the app to resource servers, until it expires or is revoked (browser-based apps BCP §5.2.1).',
        'Servers may revoke refresh tokens on security events such as a password change or a logout (RFC 9700 §4.14.2).',
        'For browser apps the BCP requires rotation or sender-constraining, and a maximum lifetime or an idle expiry (browser-based apps BCP §6.3.2.3).',
      ],
      question: 'If Alice suspects something, what can she or the server do to cut Mallory off?',
    },
  },
  failed: {
    notes: {
      points: [
        'Depending on the switch, the scenario expects Mallory’s refresh to be refused and the app cut off, or her refresh to succeed (RFC 9700 §4.14.2).',
        'Whatever broke, the lesson stands: a public client’s refresh token must be rotated or sender-constrained (RFC 9700 §2.2.2).',
      ],
      question: 'Which token endpoint answer first differed from the plan?',
    },
  },
}
