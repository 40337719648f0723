import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the resource
 * owner password credentials grant, a legacy flow. Merged into the step table by password.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  appForm: {
    notes: {
      points: [
        'RFC 6749 meant this grant only for clients the user trusts deeply, such as the device’s operating system, and only when no other grant is available (RFC 6749 §1.3.3, §4.3).',
        'How the app collects the password is outside the spec, so nothing stops it from keeping what Alice typed in logs or other records (RFC 6749 §4.3.1, §10.7).',
        'Alice’s part ends when she hands over her password, so she cannot see or limit the scope the app then asks for (RFC 6749 §10.7).',
      ],
      question:
        'What could the app do with Alice’s password that it could never do with an access token?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'The app also authenticates with its own secret, as RFC 6749 requires of confidential clients in this grant too (RFC 6749 §4.3.2).',
        'Because this request carries a user’s password, the server MUST protect the endpoint against brute force, for example with rate limits or alerts (RFC 6749 §4.3.2).',
        'scope is optional and no consent page is shown, so the app can ask for more than Alice would have allowed (RFC 6749 §4.3.2, §10.7).',
      ],
      question: 'Who checks that Alice agreed to photos.read in this request?',
    },
  },
  tokenResponse: {
    notes: {
      points: [
        'RFC 6749 allows a refresh token here precisely so the app need not store the password, and this server sends none because legacy-app is not registered for refresh tokens (RFC 6749 §1.3.3, §4.3.3).',
        'The server should weigh the scope and lifetime of tokens issued this way, since Alice had no say in the scope (RFC 6749 §10.7).',
      ],
      question: 'Why would RFC 6749 want the app to trade the password for a long-lived token?',
    },
  },
  apiRequest: {
    notes: {
      points: [
        'The token may carry auth_time, acr and amr about the sign-in, but none of them says the password went through a third party (RFC 9068 §2.2.1).',
        'The token is limited to photos.read and, by its aud, to the photo API, unlike the password, which opens everything in Alice’s account (RFC 9700 §2.3, RFC 6749 §1).',
      ],
      question: 'What does the API see that would reveal how this token was obtained?',
    },
  },
  photos: {
    notes: {
      points: [
        'The grant needs no browser and no redirect, which is why RFC 6749 also offered it to move clients that stored passwords for HTTP Basic or Digest over to tokens (RFC 6749 §4.3).',
        'If the app is compromised, so are Alice’s password and everything it protects, one of the problems OAuth was created to solve (RFC 6749 §1).',
      ],
      question: 'The call worked: what did it cost Alice that the code flow would not have?',
    },
  },
  passwordHeld: {
    notes: {
      points: [
        'WebAuthn and other origin-bound credentials may be impossible to use through this grant, since they work only on the server’s own site (RFC 9700 §2.4).',
        'The app could also misuse the password directly, for example by signing in to Alice’s account as her, which no token scope can prevent (RFC 6749 §10.7).',
        'Phishing-resistant authenticators offer a credential only after the platform has verified the site’s origin, which a password typed into an app’s form never gets (OAuth 2.1 §7.8).',
        'Browser apps in particular MUST use a redirect-based flow instead (browser-based apps BCP §7.3).',
      ],
      question: 'Why can’t the server simply add a second factor to this grant?',
    },
  },
  useInstead: {
    notes: {
      points: [
        'The code flow gives the server a consent page, where Alice sees what the app asks for and the server tells her who is asking (OAuth 2.1 §7.3, RFC 6749 §10.7).',
        'Users who never see a client’s password form learn to type their password only at the authorization server, which makes phishing harder (RFC 9700 §2.4, OAuth 2.1 §7.8).',
        'The redirect also brings single sign-on and third-party identity providers, which this grant could only offer through custom extensions (browser-based apps BCP §7.3).',
      ],
      question:
        'What does Alice gain from being sent to the server’s own page, besides keeping her password?',
    },
  },
  wrongPasswordRequest: {
    notes: {
      points: [
        'RFC 6749 makes brute-force protection a MUST for this endpoint, naming rate limits and alerts as examples (RFC 6749 §4.3.2).',
        'Credentials meant for people cannot rely on entropy as generated tokens do, which is why the server must protect them by other means (OAuth 2.1 §7.7, RFC 6749 §10.10).',
      ],
      question: 'How can the server tell a typo from an attacker trying passwords?',
    },
  },
  wrongPassword: {
    notes: {
      points: [
        'invalid_grant is the code for wrong resource owner credentials, the same code as for a bad or expired authorization code (RFC 6749 §5.2).',
        'error_description is written for the app’s developer, so what Alice reads about her typo is whatever the app chooses to show (OAuth 2.1 §3.2.4).',
      ],
      question: 'What has the app learned from this 400 that it could use against Alice’s account?',
    },
  },
  refusedRequest: {
    notes: {
      points: [
        'OAuth 2.1 defines only the authorization_code, refresh_token and client_credentials grant types at the token endpoint (OAuth 2.1 §3.2.2, §4).',
        'The request must go over TLS, as resource owner passwords must never be sent in the clear (RFC 6749 §10.8).',
        'OAuth 2.1 lists the password grant among what it leaves out of OAuth 2.0, citing RFC 9700 (OAuth 2.1 §10, §1.8).',
      ],
      question: 'The server refuses the grant: is Alice’s password safe now?',
    },
  },
  refused: {
    notes: {
      points: [
        'unsupported_grant_type means the server does not support the grant at all, unlike unauthorized_client, which would mean this client may not use it (OAuth 2.1 §3.2.4).',
        'Devices that lack a browser or a keyboard have the device authorization grant, so none of them needs the password grant (RFC 8628 §1).',
        'RFC 6749 already told servers and clients to minimise this grant and use others wherever possible (RFC 6749 §10.7).',
      ],
      question: 'Which grant would a TV app with no keyboard use instead?',
    },
  },
  tokenError: {
    notes: {
      points: [
        'A wrong client secret is invalid_client, with 401 and a WWW-Authenticate header when the app used HTTP Basic (RFC 6749 §5.2).',
        'A client not registered for the password grant gets unauthorized_client, even on a server that supports the grant (RFC 6749 §5.2).',
        'invalid_scope means the requested scope is invalid, unknown or too broad, and in this grant no user ever saw the request (RFC 6749 §5.2, §10.7).',
      ],
      question: 'Which of these errors are about the app, and which about Alice?',
    },
  },
  apiError: {
    notes: {
      points: [
        'A 401 with invalid_token means the token expired, was revoked or is otherwise invalid, and the challenge names the error (RFC 6750 §3.1).',
        'To cut off an app that kept her password, Alice must change the password, which cuts off every other app that knew it too (RFC 6749 §1).',
      ],
      question: 'If Alice wants to cut off only this app, what can she do?',
    },
  },
  failed: {
    notes: {
      points: [
        'The password typed before the failure may already be in the app’s memory or logs, and a restart cannot call it back (RFC 6749 §10.7).',
        'A restart means sending the password again, as the grant has nothing else to fall back on (RFC 6749 §4.3.2).',
      ],
      question: 'What does a failed run leave behind that a failed code flow would not?',
    },
  },
}
