import type { FlowSummary } from '../kit/flow-module'

export const attackRedirectUriSummary: FlowSummary = {
  id: 'attack-redirect-uri',
  title: 'Attack: a loose redirect URI check sends the code to Mallory',
  summary:
    'Mallory mails Alice a genuine sign-in link whose redirect URI only starts like Printshop’s. A server that matches by prefix sends Alice’s code to a page Mallory controls, and its Referer hands her the code; exact matching refuses with an error page.',
  status: {
    kind: 'attack',
    defence: 'exact redirect URI matching at the authorization server',
    relatedFlows: ['authorization-code-pkce', 'authorization-code-confidential', 'openid-connect'],
    defenceOff: 'exact:off',
  },
  specs: ['RFC 9700 §4.1', 'RFC 9700 §4.2.1', 'RFC 6749 §3.1.2.3', 'RFC 6749 §4.1.2.1'],
}
