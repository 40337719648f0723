import type { FlowSummary } from '../kit/flow-module'

export const attackImplicitLeakSummary: FlowSummary = {
  id: 'attack-implicit-leak',
  title: 'Attack: the implicit grant leaves Alice’s token in the history',
  summary:
    'Alice connects Printshop on a shared computer; later Mallory reads the browser history. The implicit grant left a live access token in a URL fragment, and Mallory takes Alice’s photos; the code flow left only a spent, PKCE-bound code.',
  status: {
    kind: 'attack',
    defence: 'the authorization code flow instead of the implicit grant',
    relatedFlows: ['implicit', 'authorization-code-pkce'],
    defenceOff: 'code:off',
  },
  specs: ['RFC 9700 §4.3', 'RFC 9700 §2.1.2', 'RFC 6749 §4.2', 'OAuth 2.1 §10'],
}
