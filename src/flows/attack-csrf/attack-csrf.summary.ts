import type { FlowSummary } from '../kit/flow-module'

export const attackCsrfSummary: FlowSummary = {
  id: 'attack-csrf',
  title: 'Attack: CSRF plants Mallory’s code in Alice’s session',
  summary:
    'Mallory gets a code for her own account and lures Alice’s browser to the Printshop callback with it. Without state or PKCE, Alice’s Printshop ends up connected to Mallory’s account; with either, the client or the token endpoint refuses.',
  status: {
    kind: 'attack',
    defence: 'state checked by the client, or PKCE at the token endpoint',
    relatedFlows: ['authorization-code-pkce', 'authorization-code-confidential', 'openid-connect'],
    defenceOff: 'state:off,pkce:off',
  },
  specs: ['RFC 9700 §4.7', 'RFC 9700 §4.5', 'RFC 6749 §10.12', 'RFC 7636 §4.6'],
}
