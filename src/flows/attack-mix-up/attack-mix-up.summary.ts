import type { FlowSummary } from '../kit/flow-module'

export const attackMixUpSummary: FlowSummary = {
  id: 'attack-mix-up',
  title: 'Attack: mix-up with Mallory’s authorization server',
  summary:
    'Printshop works with several photo services, and Alice picks Mallory’s, which quietly bounces her to the real one. A client that ignores iss sends the real code and its PKCE verifier to Mallory’s token endpoint; one that checks iss refuses the answer.',
  status: {
    kind: 'attack',
    defence: 'the client’s iss check (RFC 9207)',
    relatedFlows: ['authorization-code-pkce', 'authorization-code-confidential', 'openid-connect'],
    defenceOff: 'iss:off',
  },
  specs: ['RFC 9700 §4.4', 'RFC 9207 §2.4', 'RFC 8414 §2'],
}
