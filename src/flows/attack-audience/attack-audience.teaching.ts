import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the audience
 * attack, on both branches (the calendar API checking aud, and not). Merged into the step table by
 * attack-audience.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  earlier: {
    notes: {
      points: [
        'Printshop sent no resource parameter, so the server had to put a default audience in aud, and this server always names the photo API (RFC 9068 §3).',
        'RFC 9700 asks for tokens restricted to one resource server, or to a small set where one is not feasible (RFC 9700 §2.3).',
        'Printshop asked for photos.read only, the least it needs, which also limits what a leaked token is worth (RFC 9700 §2.3, OAuth 2.1 §7.3.2).',
      ],
      question: 'Which claim of this token says where it may be used?',
    },
  },
  stolen: {
    notes: {
      points: [
        'A script injected into the page runs with the app’s own privileges, so it can read whatever the app can read, tokens included (browser-based apps BCP §5).',
        'Whoever holds a bearer access token can send any request to any resource server that accepts it, until it expires or is revoked (browser-based apps BCP §5.2.2).',
        'Context-sensitive output encoding, a nonce- or hash-based Content Security Policy and Subresource Integrity are the first defences against injected script (browser-based apps BCP §5).',
        'DPoP with a non-extractable key would make the copied token useless away from Alice’s browser, though a script in the page could still send requests from there (browser-based apps BCP §9.2, §5.1.4).',
      ],
      question: 'Once Mallory’s script runs inside the app, what can the app still keep from it?',
    },
  },
  calendarRequest: {
    notes: {
      points: [
        'Mallory needs nothing more from Alice or the app: RFC 9700 counts an attacker who has acquired an access token as attacker A5 (RFC 9700 §3).',
        'OAuth 2.1 calls this threat access token redirect: a token made for one resource server is presented at another that wrongly believes it is meant for it (OAuth 2.1 §7.1.1.3).',
        'A calendar API that demanded a scope of its own, such as calendar.read, would also refuse photos.read, which is why RFC 9700 asks for both audience and scope restriction (RFC 9700 §2.3).',
      ],
      question:
        'Signature, issuer and expiry are all genuine: what else could the calendar API check?',
    },
  },
  refused: {
    notes: {
      points: [
        'RFC 9068 leaves no choice: a resource server must reject a JWT access token whose aud does not contain an identifier it expects for itself (RFC 9068 §4).',
        'Audience restriction limits the damage of a leak to the API the token was meant for, so the photo API stays exposed until the token expires (RFC 9700 §4.10.2).',
        'Short-lived access tokens shrink that window, which is why servers should issue them to clients that run in a browser in particular (OAuth 2.1 §7.1.3.5).',
        'The 401 carries error="invalid_token" in WWW-Authenticate, the same answer as for an expired or forged token (RFC 6750 §3.1).',
      ],
      question:
        'The token still works at the photo API: what limits how long Mallory can use it there?',
    },
  },
  alicesCalendar: {
    notes: {
      points: [
        'Audience restriction holds only if every resource server checks, on every request, that the token was meant for it (RFC 9700 §2.3).',
        'The authorization server did its part by restricting aud, so the fault here lies with the calendar API alone (RFC 9068 §4).',
        'With resource indicators a client asks for one token per API, and the server should restrict each token to the resource named (RFC 8707 §2).',
        'RFC 9700 rejects leaving it to clients to send tokens only to the right place, because research found many clients skip such checks (RFC 9700 §4.10.3).',
      ],
      question: 'Who made the mistake here: the app, the authorization server or the calendar API?',
    },
  },
  failed: {
    notes: {
      points: [
        'The scenario expects the calendar API to answer either 200 with a calendar or 401 invalid_token, so any other answer points to a fault in the lab (RFC 6750 §3.1).',
        'Whatever broke, the lesson stands: a resource server must refuse a token whose aud does not name it (RFC 9068 §4, RFC 9700 §2.3).',
      ],
      question: 'Which request in the HTTP log would you inspect first?',
    },
  },
}
