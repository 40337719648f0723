/**
 * "Which flow should I use?": what a learner may be building, and the flow that fits it, with the
 * reason and where the specs say so. Plain data for the catalogue; each answer names a registered
 * flow by id (a test checks), and the link's text is that flow's own title.
 */
export interface GuideAnswer {
  /** What the learner is building, as they would say it. */
  building: string
  flowId: string
  /** Why this flow fits, in one or two sentences. */
  why: string
  /** Where the rules live. */
  specRef: string
}

export const WHICH_FLOW: readonly GuideAnswer[] = [
  {
    building: 'A server-side web app, whose pages come from your server',
    flowId: 'authorization-code-confidential',
    why: 'Your server can keep a client secret, so the authorization server can authenticate it, and the tokens never reach the browser. PKCE is still required: a secret says who redeems a code, not whose sign-in it came from.',
    specRef: 'OAuth 2.1 §2.1, §7.5.1 · RFC 9700 §2.1.1',
  },
  {
    building: 'A single-page app: JavaScript in the browser',
    flowId: 'authorization-code-pkce',
    why: 'Code in a browser cannot keep a secret, so the app is a public client and PKCE proves that the token request comes from whoever started the flow. With a back end of your own, a backend-for-frontend keeps the tokens out of the browser altogether.',
    specRef: 'RFC 9700 §2.1.1 · browser-based apps BCP §6.1, §6.3',
  },
  {
    building: 'A mobile or desktop app',
    flowId: 'authorization-code-pkce',
    why: 'An installed app is a public client too, since any secret shipped inside it can be extracted. It opens the system browser for the sign-in and takes the code back on a claimed https link or a loopback address; the grant is the same as for a browser app.',
    specRef: 'OAuth 2.1 §8.1, §8.3, §8.4 · RFC 8252',
  },
  {
    building: 'A device without a browser or a keyboard: a TV, a picture frame',
    flowId: 'device-authorization',
    why: 'The device shows a short code; the user approves on a phone or a computer, where typing is easy, while the device polls the token endpoint.',
    specRef: 'RFC 8628 §1, §3',
  },
  {
    building: 'A service or a job with no user',
    flowId: 'client-credentials',
    why: 'There is no one to ask: the service authenticates as itself with its own secret and gets a token for its own data, never a user’s.',
    specRef: 'RFC 6749 §4.4 · OAuth 2.1 §4.2',
  },
  {
    building: 'I need to know who the user is',
    flowId: 'openid-connect',
    why: 'An access token says that someone let your app in, not who is there. Add scope openid and check the ID token that comes back: it is addressed to your app, for this very sign-in.',
    specRef: 'OIDC Core §3.1.3.7 · RFC 6749 §10.16',
  },
]

/** Two flows worth putting side by side, for links to the comparison. */
export interface ComparisonPreset {
  a: string
  b: string
  /** The link's text: "Code + PKCE vs implicit". */
  label: string
}

export const COMPARISON_PRESETS: readonly ComparisonPreset[] = [
  { a: 'authorization-code-pkce', b: 'implicit', label: 'Code with PKCE vs implicit' },
  {
    a: 'authorization-code-confidential',
    b: 'authorization-code-pkce',
    label: 'Confidential vs public client',
  },
  { a: 'authorization-code-confidential', b: 'password', label: 'Code flow vs password grant' },
  { a: 'openid-connect', b: 'authorization-code-pkce', label: 'Sign-in vs access only' },
]
