import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the
 * authorization code interception attack, on both branches (PKCE on, and off). Merged into the step
 * table by attack-code-interception.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  appStarts: {
    notes: {
      points: [
        'Public clients must use PKCE, and OAuth 2.1 requires code_challenge of every client except a confidential one the server trusts to check an OpenID Connect nonce (RFC 9700 §2.1.1, OAuth 2.1 §4.1.1).',
        'The method must be S256: with plain, anyone who can read the authorization request learns the verifier itself (RFC 7636 §7.2, RFC 9700 §2.1.1).',
        'A secret compiled into the app would not help, since every copy of the app carries it and one user can extract it (OAuth 2.1 §8.1).',
        'The verifier must be fresh for every request and bound to this app instance, never a constant (RFC 9700 §2.1.1).',
      ],
      question: 'Why can’t the Printshop app simply prove who it is with a client secret?',
    },
  },
  aliceApproves: {
    notes: {
      points: [
        'The code is bound to the client_id, the redirect URI and, with PKCE, the code challenge, and should live ten minutes at most (OAuth 2.1 §4.1.2).',
        'With PKCE, only the hash of the verifier went through the browser, so whoever watched the request still cannot compute the verifier (RFC 7636 §4.2, §7.2).',
        'Native apps must send the request through an external browser, never an embedded web view, so that Alice’s password never passes through the app (OAuth 2.1 §8.2, §8.5.1).',
      ],
      question: 'What exactly is the code bound to at this moment?',
    },
  },
  intercepted: {
    notes: {
      points: [
        'On many platforms more than one app can register the same private-use URI scheme, the precondition RFC 7636 names for this attack (RFC 7636 §1, OAuth 2.1 §8.4.3).',
        'A claimed https redirect URI is one the operating system hands only to the app of the domain’s owner, so native apps should prefer them (OAuth 2.1 §8.4.1).',
        'RFC 7636 records that this attack, despite its long list of preconditions, has been observed in the wild (RFC 7636 §1).',
        'RFC 9700 counts such apps among the attackers who can read the authorization response without changing it (RFC 9700 §3).',
      ],
      question: 'Nothing on the network was broken: where did the code leak?',
    },
  },
  mallorysTokenRequest: {
    notes: {
      points: [
        'A public client has no credentials, so client_id and redirect_uri name the app but prove nothing (OAuth 2.1 §2.1, §3.2.1).',
        'The server must find a code_verifier in the token request whenever the authorization request carried a code_challenge (OAuth 2.1 §4.1.3, RFC 7636 §4.5).',
        'With PKCE on, it can check this because it stored the challenge with the code at the authorization endpoint (RFC 7636 §4.4).',
      ],
      question: 'What does Mallory’s app lack that the real app has?',
    },
  },
  refused: {
    notes: {
      points: [
        'This server answers a missing verifier with invalid_request, and RFC 7636 prescribes invalid_grant for a verifier that does not match (RFC 7636 §4.6).',
        'Had the real app already redeemed the code, this invalid attempt should still not revoke the app’s tokens, or Mallory could cut it off at will (OAuth 2.1 §7.5.2).',
        'PKCE protects the code even though the phone was fooled, which is why RFC 9700 requires it of every public client (RFC 9700 §2.1.1, §4.5.3.1).',
      ],
      question: 'Mallory holds a genuine, unused code: why is it worthless to her?',
    },
  },
  mallorysTokens: {
    notes: {
      points: [
        'Without PKCE, a code intercepted from a public client is as good as the tokens themselves (RFC 9700 §4.5, RFC 6819 §4.4.1.1).',
        'The refresh token stands for the whole grant and outlives the access token, which makes it the bigger prize (RFC 9700 §4.14.1).',
        'The real app never receives the code, so the server never sees the second redemption that would give the theft away (RFC 6749 §10.5).',
      ],
      question: 'Codes are single-use: why does that not help here?',
    },
  },
  mallorysApiCall: {
    notes: {
      points: [
        'A bearer token can be used by any party in possession of it, in any way the rightful holder could (RFC 6750 §1.2).',
        'Every check the photo API makes concerns the token, none the party presenting it (RFC 9068 §4).',
        'Sender-constraining would not save Alice here, since Mallory redeemed the code herself and could bind the tokens to a key of her own (browser-based apps BCP §5.1.3).',
      ],
      question: 'Which of the photo API’s checks could tell Mallory’s app from the real one?',
    },
  },
  alicesPhotos: {
    notes: {
      points: [
        'PKCE was designed for exactly this attack on native apps, and RFC 9700 now applies it to every kind of client (RFC 7636 §1, RFC 9700 §2.1.1).',
        'OAuth 2.1 has the server reject a public client’s authorization request without a code_challenge, so PKCE does not rest on the client’s goodwill (OAuth 2.1 §4.1.2.1).',
        'With the refresh token, Mallory can mint new access tokens long after this one expires (RFC 9700 §4.14.1).',
      ],
      question: 'Which single change makes the stolen code useless, and who must enforce it?',
    },
  },
  failed: {
    notes: {
      points: [
        'The scenario expects the token endpoint to answer 400 or 200, and the photo API to serve a freshly issued token, so anything else is a fault in the lab (RFC 6749 §5.2).',
        'Whatever broke, the lesson stands: a public client’s code must be bound to a verifier only the real app holds (RFC 7636 §4.4, RFC 9700 §2.1.1).',
      ],
      question: 'At which step did the run leave the plan, and what did that server answer?',
    },
  },
}
