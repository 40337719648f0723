import type { FlowSummary } from '../kit/flow-module'

export const authorizationCodePkceSummary: FlowSummary = {
  id: 'authorization-code-pkce',
  title: 'Authorization Code with PKCE',
  summary:
    'Alice lets the printing service read her photos: her browser carries her to the authorization server to log in and consent, the client swaps a one-time code and its PKCE verifier for an access token, and calls the photo API.',
  status: { kind: 'recommended' },
  specs: ['RFC 6749 §4.1', 'RFC 7636', 'RFC 9700 §2.1.1', 'RFC 9068'],
}
