import type { FlowSummary } from '../kit/flow-module'

export const attackCodeInterceptionSummary: FlowSummary = {
  id: 'attack-code-interception',
  title: 'Attack: a malicious app intercepts the code',
  summary:
    'A malicious app on Alice’s phone claims the Printshop app’s redirect URI and receives her authorization code. Without PKCE it trades the code for her tokens; with PKCE the token endpoint asks for a verifier it cannot have.',
  status: {
    kind: 'attack',
    defence: 'PKCE: the code is bound to a secret only the real app holds',
    relatedFlows: ['authorization-code-pkce'],
    defenceOff: 'pkce:off',
  },
  specs: ['RFC 7636 §1', 'RFC 7636 §4.6', 'RFC 9700 §2.1.1', 'RFC 9700 §4.5'],
}
