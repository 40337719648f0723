import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the redirect
 * URI attack, on both branches (exact matching, and prefix matching). Merged into the step table by
 * attack-redirect-uri.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  craftedLink: {
    notes: {
      points: [
        'Posing as a public client takes nothing but its client_id, and whoever then receives the code can redeem it (RFC 9700 §4.1.1).',
        'Flaws in pattern matching of redirect URIs have been exploited successfully in the wild, which is why RFC 9700 requires exact string matching (RFC 9700 §4.1, §2.1).',
        'A browser resolves the ../ before it follows the redirect, so a string check and the browser disagree about where this address leads (RFC 3986 §5.2.4).',
      ],
      question: 'Why is this link still convincing to Alice?',
    },
  },
  aliceOpensLink: {
    notes: {
      points: [
        'Exact matching means simple string comparison without normalisation, with one exception: the port of a native app’s localhost redirect URI (RFC 9700 §4.1.3, OAuth 2.1 §4.1.1).',
        'Servers must require clients to register their complete redirect URI, path included (OAuth 2.1 §2.3.1).',
        'Even a wildcard handled correctly can fail, for example when an abandoned subdomain is taken over by an attacker (RFC 9700 §4.1.1).',
      ],
      question: 'What does a prefix check assume about URLs that turns out to be false?',
    },
  },
  refused: {
    notes: {
      points: [
        'The server must not redirect to an unverified URI even to report the error, or it would be an open redirector (OAuth 2.1 §2.3.5, RFC 9700 §4.11.2).',
        'Refusing before any code exists means a phishing link to the real server gets no further than an error page (RFC 6749 §3.1.2.4).',
        'Exact matching is also the simpler rule to implement, with no pattern logic to get wrong (RFC 9700 §4.1.3).',
      ],
      question: 'Why may the server not send Alice back to the app with an error?',
    },
  },
  aliceApproves: {
    notes: {
      points: [
        'A user cannot be expected to read the redirect URI, and if she does not spot it the code goes straight to the attacker (RFC 9700 §4.1.1).',
        'With automatic approval the attack would need no click at all, one reason servers should not approve public clients silently (RFC 9700 §4.1.1, OAuth 2.1 §7.3.1).',
        'The code is bound to the redirect URI as the server accepted it, ../ and all (OAuth 2.1 §4.1.2).',
      ],
      question: 'What on these pages could have warned Alice?',
    },
  },
  galleryPage: {
    notes: {
      points: [
        'A page that receives a code should load no third-party content and offer no external links, because its URL leaks through them (RFC 9700 §4.2.1, §4.2.4).',
        'The callback page should take the code out of the URL and redirect again before it loads anything else (OAuth 2.1 §2.3.6).',
        'Referrer-Policy: no-referrer on this page would have kept its URL out of every request it makes (RFC 9700 §4.2.4).',
        'The client must not be an open redirector either, which would leak the code in the same way (RFC 9700 §4.11.1).',
      ],
      question: 'Printshop’s own page leaked the code: whose mistake is that?',
    },
  },
  imageLoads: {
    notes: {
      points: [
        'The Referer also hands Mallory the state, and a leaked state no longer protects against CSRF (RFC 9700 §4.2.3).',
        'Single-use codes do not help here, since Mallory is the only one who ever redeems this code (RFC 9700 §4.2.4).',
        'A browser bug once sent even URL fragments in the Referer, so tokens in fragments were not safe from this either (RFC 9700 §4.2).',
      ],
      question: 'Which single header on the gallery page would have kept the code from Mallory?',
    },
  },
  mallorysTokenRequest: {
    notes: {
      points: [
        'The redirect_uri check at the token endpoint passes, because Mallory sends the same crafted URI the code was issued for (RFC 6749 §4.1.3).',
        'Against a confidential client Mallory would lack the secret, and would inject the code into her own session with the real client instead (RFC 9700 §4.1.1, §4.5).',
        'RFC 9700 lists this limit of PKCE and concludes that attackers must be kept from reading authorization responses in the first place (RFC 9700 §4.5.4).',
      ],
      question: 'Which of the token endpoint’s checks could still have stopped Mallory?',
    },
  },
  mallorysApiCall: {
    notes: {
      points: [
        'The token was issued to photo-spa for Alice with the audience and scope Printshop asks for, exactly what the real app would hold (RFC 9068 §2.2).',
        'RFC 9700 lists loose redirect URI validation first among the ways access tokens get stolen (RFC 9700 §4.10).',
      ],
      question: 'How long can Mallory use this token?',
    },
  },
  alicesPhotos: {
    notes: {
      points: [
        'Insufficient redirect URI validation effectively breaks client identification, since whoever receives the code can act as the client (RFC 9700 §4.1).',
        'RFC 9700 requires exact matching, and OAuth 2.1 makes it a rule for every authorization server (RFC 9700 §2.1, OAuth 2.1 §2.3.1).',
        'Had Printshop been a confidential client, Mallory could not have redeemed the code without its secret (RFC 9700 §4.1.1).',
      ],
      question: 'Which party was fooled, and which single check would have stopped the attack?',
    },
  },
  failed: {
    notes: {
      points: [
        'Depending on the switch, the scenario expects an error page from exact matching, or a code in the Referer that Mallory redeems (RFC 9700 §4.1.3).',
        'Whatever broke, the lesson stands: compare redirect URIs as exact strings (RFC 9700 §2.1).',
      ],
      question: 'Did the server answer the authorization request with an error page or a redirect?',
    },
  },
}
