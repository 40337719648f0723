import type { FlowSummary } from '../kit/flow-module'

export const authorizationCodeConfidentialSummary: FlowSummary = {
  id: 'authorization-code-confidential',
  title: 'Authorization Code for a web server (confidential client)',
  summary:
    'Printshop as a server-side web app: the same redirects as for a single-page app, then its server redeems the code with its own secret and the PKCE verifier. The tokens stay on the server, and PKCE is still required.',
  status: { kind: 'recommended' },
  specs: ['RFC 6749 §4.1, §2.3.1', 'OAuth 2.1 §2.1, §7.5.1', 'RFC 9700 §2.1.1'],
}
