import type { StepTeaching } from '../kit/teaching'

/**
 * For the classroom: the speaker view's talking points and question for each step of the mix-up
 * attack, on both branches (the client checking iss, and ignoring it). Merged into the step table by
 * attack-mix-up.steps.ts.
 */
export const TEACHING: Readonly<Record<string, StepTeaching>> = {
  toMallory: {
    notes: {
      points: [
        'Mix-up needs a client that works with two or more authorization servers, at least one of them under the attacker’s control (RFC 9700 §4.4).',
        'Mallory may simply register her own server with the client, for example through dynamic client registration, or compromise an existing one (RFC 9207 §1).',
        'The app stores which server Alice chose, bound to her browser, which RFC 9700 requires for either mix-up defence (RFC 9700 §4.4.2).',
        'The app uses the same redirect URI for every server, one of the preconditions of this variant (RFC 9700 §4.4.1).',
      ],
      question: 'What does the app know at this point about where the answer will come from?',
    },
  },
  aliceApproves: {
    notes: {
      points: [
        'A vigilant user might notice that she meant to use Mallory’s photo cloud, but a variant with an attacker on the network avoids even that (RFC 9700 §4.4.1).',
        'The honest server puts iss in every authorization response, error responses included (RFC 9207 §2).',
        'Its metadata says so with authorization_response_iss_parameter_supported, and the iss value must equal its issuer there (RFC 9207 §2.3, §3).',
      ],
      question: 'Has the honest authorization server done anything wrong so far?',
    },
  },
  callback: {
    notes: {
      points: [
        'The client compares iss by simple string comparison with the issuer of the server it sent the request to, as that server’s metadata states it (RFC 9207 §2.4).',
        'A client must reject a response without iss from a server it knows to support the parameter (RFC 9207 §2.4).',
        'The state matches because Mallory passed the app’s own request on unchanged, so state is no defence against mix-up (RFC 9700 §4.4.1).',
      ],
      question: 'Why does the state check pass although the answer comes from another server?',
    },
  },
  issRefused: {
    notes: {
      points: [
        'On a mismatch the client must reject the response and not proceed with the grant, so the code goes to no token endpoint at all (RFC 9207 §2.4).',
        'Storing the server’s URL is not enough, since a malicious server can declare an honest authorization endpoint alongside a token endpoint of its own (RFC 9700 §4.4.2).',
        'Distinct redirect URIs per server also defeat mix-up, but RFC 9700 reserves that defence for when iss is not available (RFC 9700 §4.4.2.2).',
      ],
      question: 'What must the app not do with the code it has just received?',
    },
  },
  tokenToMallory: {
    notes: {
      points: [
        'Clients must send the token request to the same issuer that sent the authorization response, which this app cannot know without iss (OAuth 2.1 §7.14).',
        'PKCE cannot help once the client itself sends the verifier to the attacker together with the code (RFC 9700 §4.4.1, §4.5.3.1).',
        'Had Printshop been a confidential client, Mallory would instead inject the code into her own session with Printshop (RFC 9700 §4.4.1, §4.5).',
      ],
      question: 'Why doesn’t PKCE save the app here?',
    },
  },
  mallorysRedemption: {
    notes: {
      points: [
        'For a public client, redeeming a stolen code is simpler and more powerful than injecting it (RFC 9700 §4.5).',
        'The honest server sees a valid request from photo-spa and has nothing to check it against, which is why RFC 9700 puts the mix-up defence in the client (RFC 9700 §4.4.2).',
        'The app never redeemed the code, so single-use detection never fires (RFC 6749 §10.5).',
      ],
      question: 'Which check at the honest token endpoint could have caught this?',
    },
  },
  mallorysApiCall: {
    notes: {
      points: [
        'The token is genuine, so signature, audience and scope checks all pass at the photo API (RFC 9068 §4).',
        'In the implicit variant Mallory gets the access token itself, when the app uses it at her server’s endpoints (RFC 9700 §4.4.1).',
      ],
      question: 'Could the photo API have done anything here?',
    },
  },
  alicesPhotos: {
    notes: {
      points: [
        'The effectiveness of the iss parameter against mix-up has been formally proven in a security analysis of OAuth (RFC 9207 §1).',
        'Related cross-social-network attacks, against clients with per-server redirect URIs that servers checked poorly, have been observed in practice (RFC 9700 §4.4.1).',
        'A client that talks to a single authorization server needs no mix-up defence, but becomes vulnerable the day it adds a second (RFC 9207 §4).',
        'OpenID Connect clients get the same protection from the iss claim of an ID token returned in the authorization response (RFC 9700 §4.4.2.1).',
      ],
      question:
        'Your app supports one identity provider today: when does mix-up become your problem?',
    },
  },
  failed: {
    notes: {
      points: [
        'Depending on the switch, the scenario expects the app to refuse at the iss check, or Mallory to redeem the code and verifier her server caught (RFC 9700 §4.4.1).',
        'Whatever broke, the lesson stands: a client that uses several servers must check which one answered (RFC 9207 §2.4).',
      ],
      question: 'Did Mallory’s server receive a token request before the run failed?',
    },
  },
}
