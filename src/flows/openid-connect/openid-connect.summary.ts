import type { FlowSummary } from '../kit/flow-module'

export const openIdConnectSummary: FlowSummary = {
  id: 'openid-connect',
  title: 'Sign-in with OpenID Connect',
  summary:
    'Printshop signs Alice in: scope openid brings an ID token beside the access token. Check it claim by claim (iss, aud, exp, nonce, at_hash), ask UserInfo for her profile, and see why an access token alone proves nothing about who is there.',
  status: { kind: 'recommended' },
  specs: ['OIDC Core §3.1', 'OIDC Core §3.1.3.7', 'OIDC Core §5.3', 'RFC 7636'],
}
