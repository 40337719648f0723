import type { FlowSummary } from '../kit/flow-module'

export const implicitSummary: FlowSummary = {
  id: 'implicit',
  title: 'Implicit grant (legacy)',
  summary:
    'How browser apps got tokens before CORS: the access token comes back in the redirect’s fragment, straight into the address bar and the browser history, with no refresh token. Then the same request to an OAuth 2.1 server.',
  status: {
    kind: 'legacy',
    why: 'the token travels in the URL, where history and scripts can read it; RFC 9700 §2.1.2 says not to use it and OAuth 2.1 removed it.',
  },
  specs: ['RFC 6749 §4.2', 'RFC 9700 §2.1.2, §4.3.2', 'OAuth 2.1 §10.1'],
}
