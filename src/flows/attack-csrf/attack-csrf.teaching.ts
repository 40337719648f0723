import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the CSRF
 * attack on the redirect, on all three branches (state on; state off with PKCE; both off). Merged
 * into the step table by attack-csrf.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  mallorysCode: {
    notes: {
      points: [
        'RFC 9700’s web attacker may use the client like any user, with her own account in her own browser (RFC 9700 §3).',
        'Codes should live ten minutes at most, and this server allows 60 seconds, so Mallory needs Alice to open the link soon after it is planted (OAuth 2.1 §4.1.2).',
        'Mallory does not want Alice’s tokens: she wants Alice’s session at the client to work on Mallory’s account (RFC 9700 §4.7).',
      ],
      question: 'Why would Mallory give her own code away?',
    },
  },
  aliceConnects: {
    notes: {
      points: [
        'A CSRF token in state must be one-time, unguessable and bound to this browser, for example through its session (RFC 9700 §2.1, RFC 6749 §10.12).',
        'A client that has made sure the server supports PKCE may rely on PKCE instead of state against CSRF (RFC 9700 §2.1, OAuth 2.1 §2.3.3).',
        'OAuth 2.1 makes state optional for that reason, but a client with neither state, PKCE nor nonce has no CSRF protection at all (OAuth 2.1 §4.1.1, §2.3.3).',
      ],
      question: 'What does the app keep for Alice’s browser, and why there?',
    },
  },
  aliceOpensLink: {
    notes: {
      points: [
        'RFC 9700 assumes web attackers can lure users to any URL they choose, through advertisements or legitimate-looking mail (RFC 9700 §3).',
        'In OAuth, CSRF means a request to the client’s redirect endpoint that comes from a third party instead of the authorization server (RFC 9700 §2.1).',
        'The callback request carries nothing that shows who started it, so the client needs a value of its own to compare (RFC 9700 §4.7.1).',
      ],
      question: 'How could the app tell this callback from the one it is waiting for?',
    },
  },
  forgedCallback: {
    notes: {
      points: [
        'Checking iss cannot help here: it only proves which server made the answer, and the honest server made this one (RFC 9207 §2.4).',
        'With state on, Mallory’s state is one the app really issued, to her browser, so a client that only checked that a state was ever issued would accept it (RFC 6749 §10.12, RFC 9700 §4.7.1).',
        'If state leaks, for example in a Referer header, its CSRF protection is lost, while PKCE keeps working even then (RFC 9700 §4.2.3, §4.7.1).',
      ],
      question: 'Mallory’s state is one the app really made: why must the app still refuse it?',
    },
  },
  stateRefused: {
    notes: {
      points: [
        'The app should also invalidate each state after its first use, so that a state leaked later cannot be replayed (RFC 9700 §4.2.4).',
        'RFC 9700 warns that in practice many clients do not use or check state properly, which is why it also puts duties on servers (RFC 9700 §4.8.2).',
        'This defence lives entirely in the client: the authorization server only echoes state and never checks it (RFC 6749 §4.1.2, §10.12).',
      ],
      question: 'Which party stopped the attack, and did the authorization server notice anything?',
    },
  },
  tokenRequest: {
    notes: {
      points: [
        'With PKCE on, the app sends the verifier it stored for Alice’s browser, because it believes the code answers Alice’s request (RFC 7636 §4.5).',
        'PKCE stops CSRF only where the server enforces it, so a client relying on it must first make sure the server supports PKCE (RFC 9700 §4.7.1).',
        'The redirect_uri check does not help, since Mallory’s code was issued for the app’s own registered redirect URI (RFC 6749 §4.1.3).',
      ],
      question: 'Which values in this request came from Mallory, and which from Alice’s session?',
    },
  },
  pkceRefused: {
    notes: {
      points: [
        'This works because the server issues no code without a challenge: had it let Mallory drop code_challenge from her own request, the PKCE downgrade attack would succeed (RFC 9700 §4.8).',
        'Servers must therefore reject a code_verifier for a code whose request had no code_challenge (RFC 9700 §2.1.1, §4.8.2).',
        'Unlike state, PKCE still protects when the attacker can read the authorization response, since the verifier never appears in it (RFC 9700 §4.7.1).',
      ],
      question: 'What would Mallory try next if the server allowed codes without PKCE?',
    },
  },
  apiRequest: {
    notes: {
      points: [
        'The token is genuine and issued to photo-spa, and only its sub shows that it belongs to Mallory, which the app never compares with anything (RFC 9068 §2.2).',
        'With OpenID Connect, a nonce checked in the ID token would give the same protection as state or PKCE (RFC 9700 §2.1, §4.7.1).',
        'This is the aim RFC 9700 describes for CSRF: making the client access resources under the attacker’s control (RFC 9700 §4.7).',
      ],
      question: 'How could the app notice that the account is not Alice’s?',
    },
  },
  linkedToMallory: {
    notes: {
      points: [
        'Injecting a code can give a victim access to the attacker’s account, not only the other way round (OAuth 2.1 §7.5.1).',
        'RFC 9700 requires every client to prevent CSRF, with PKCE, a nonce or a one-time state bound to the browser (RFC 9700 §2.1).',
        'Both defences cost next to nothing, and OAuth 2.1 makes PKCE the default for every client (OAuth 2.1 §4.1.1, §7.5.1.1).',
      ],
      question: 'What would Alice have to notice to spot this attack herself?',
    },
  },
  failed: {
    notes: {
      points: [
        'Depending on the switches, the scenario expects the app to refuse at the state check, the server to refuse at the PKCE check, or Mallory’s code to go through (RFC 9700 §4.7.1).',
        'Whatever broke, the lesson stands: a client must tie every callback to the browser that started the request (RFC 9700 §2.1).',
      ],
      question: 'Which switches were you running, and which ending did you expect?',
    },
  },
}
