import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the browser
 * history leak, on both branches (the code flow, and the implicit grant). Merged into the step table
 * by attack-implicit-leak.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  aliceSignsIn: {
    notes: {
      points: [
        'RFC 9700 says clients should not use the implicit grant, and OAuth 2.1 drops response_type=token altogether (RFC 9700 §2.1.2, OAuth 2.1 §10.1).',
        'The browser-apps BCP goes further: the server must not issue access tokens in the authorization response at all (browser-based apps BCP §7.2).',
        'The implicit grant once made sense because browsers lacked widespread CORS and the History API, and both are now everywhere (browser-based apps BCP §7.2.1).',
      ],
      question: 'Why did single-page apps ever use the implicit grant?',
    },
  },
  callback: {
    notes: {
      points: [
        'In the implicit grant, every script on the callback page can read the token in the fragment, third-party analytics included (browser-based apps BCP §7.2.3.4).',
        'Many browsers sync their history to cloud services and other devices, which widens the audience of a token in a URL (browser-based apps BCP §7.2.3.2).',
        'A browser bug once sent fragments in the Referer header too, so even the rule that fragments stay in the browser has failed in practice (RFC 9700 §4.2).',
        'Bearer tokens must never be passed in page URLs, because browsers and logs do not protect URLs (OAuth 2.1 §7.1.3.7).',
      ],
      question: 'Where else, besides the history, could a URL like this end up?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'The access token now arrives in a response body sent with Cache-Control: no-store, never in a URL (RFC 6749 §5.1).',
        'A code must never be redeemed twice, and a second attempt should revoke the tokens already issued from it (RFC 6749 §4.1.2, OAuth 2.1 §4.1.3).',
        'The app can then remove the code from the address bar with the History API, the very API that made the implicit grant unnecessary (browser-based apps BCP §7.2.1).',
      ],
      question: 'What is left in the address bar now, and what is it worth?',
    },
  },
  history: {
    notes: {
      points: [
        'RFC 9700 names the browser history as a place where codes and access tokens end up, for anyone with access to the device (RFC 9700 §4.3.1, §4.3.2).',
        'Proxies and operating systems store URLs too, which is why RFC 9700 counts such leaks among its attacker types (RFC 9700 §3).',
        'The form post response mode would have kept the authorization response out of the URL entirely (RFC 9700 §4.3.1).',
      ],
      question: 'What did Mallory need to get this far, and how common is that?',
    },
  },
  mallorysApiCall: {
    notes: {
      points: [
        'Short lifetimes only narrow this window, since the countermeasures RFC 6819 offers against history leaks reduce the damage without preventing it (browser-based apps BCP §7.2.3.2).',
        'No standard method exists to sender-constrain a token issued in the authorization response, so nothing binds it to the app (RFC 9700 §2.1.2).',
        'The token has the audience and scope the app asked for, so the photo API has every reason to accept it (RFC 9068 §4).',
      ],
      question: 'What would have to be true of this token for the photo API to refuse it?',
    },
  },
  alicesPhotos: {
    notes: {
      points: [
        'Besides the history, RFC 9700 lists redirect URI manipulation, Referer leaks and token injection against the implicit grant (RFC 9700 §2.1.2).',
        'With the code flow, tokens come only from the token endpoint, where the server can detect replay and sender-constrain them (RFC 9700 §2.1.2).',
        'Strictly, RFC 9700 says clients should not use the implicit grant, OAuth 2.1 removes it, and the browser-apps BCP says browser clients must not use it (RFC 9700 §2.1.2, OAuth 2.1 §10.1, browser-based apps BCP §7.2).',
      ],
      question: 'Which parties would you have to change to retire the implicit grant?',
    },
  },
  mallorysTokenRequest: {
    notes: {
      points: [
        'RFC 9700’s countermeasure for codes in the history is replay prevention, and the code flow has it three times over: single use, a short life and PKCE (RFC 9700 §4.3.1).',
        'The code_verifier stayed in the app and never appeared in a URL, so the history cannot give it away (RFC 7636 §4.5, OAuth 2.1 §4.1.1).',
        'A public client has nothing else to prove itself with, so the verifier is the only proof the server asks for (OAuth 2.1 §4.1.3).',
      ],
      question: 'Which of the code’s three protections would be enough on its own?',
    },
  },
  codeRefused: {
    notes: {
      points: [
        'A spent code must be denied whoever presents it, with or without a verifier (OAuth 2.1 §4.1.3, RFC 6749 §4.1.2).',
        'The server should not revoke Alice’s tokens over an invalid replay like this one, or a thief could cut off the real app (OAuth 2.1 §7.5.2).',
        'Codes should live ten minutes at most, and this server allows 60 seconds (OAuth 2.1 §4.1.2).',
      ],
      question: 'Should the server revoke Alice’s tokens because someone replayed her code?',
    },
  },
  failed: {
    notes: {
      points: [
        'Depending on the switch, the scenario expects the photo API to serve the token from the fragment, or the token endpoint to refuse the code from the history (RFC 9700 §4.3).',
        'Whatever broke, the lesson stands: access tokens do not belong in URLs (OAuth 2.1 §7.1.3.7).',
      ],
      question: 'Which flow were you running, code or implicit, and which ending did you expect?',
    },
  },
}
