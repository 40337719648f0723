import type { FlowSummary } from '../kit/flow-module'

export const passwordSummary: FlowSummary = {
  id: 'password',
  title: 'Password grant (legacy)',
  summary:
    'The app’s own login form takes Alice’s password and sends it to the token endpoint: see the password in the client’s hands and in the request, the app learn whether a guess was right, and an OAuth 2.1 server refuse it.',
  status: {
    kind: 'legacy',
    why: 'the client sees the user’s password, which rules out second factors and trains phishing; RFC 9700 §2.4 says it MUST NOT be used.',
  },
  specs: ['RFC 6749 §4.3', 'RFC 9700 §2.4', 'OAuth 2.1 §10'],
}
