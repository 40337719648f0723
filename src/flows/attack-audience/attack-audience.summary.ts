import type { FlowSummary } from '../kit/flow-module'

export const attackAudienceSummary: FlowSummary = {
  id: 'attack-audience',
  title: 'Attack: a photo token replayed at the calendar API',
  summary:
    'Mallory steals an access token Alice gave Printshop for her photos and presents it at a second API of the same authorization server. A calendar API that skips the aud check hands over Alice’s calendar; one that checks it answers invalid_token.',
  status: {
    kind: 'attack',
    defence: 'the resource server’s audience (aud) check',
    relatedFlows: [
      'authorization-code-pkce',
      'authorization-code-confidential',
      'openid-connect',
      'client-credentials',
      'device-authorization',
    ],
    defenceOff: 'aud:off',
  },
  specs: ['RFC 9068 §4', 'RFC 8707 §1', 'RFC 9700 §2.3', 'RFC 9700 §4.10.2'],
}
