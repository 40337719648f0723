import type { FlowSummary } from '../kit/flow-module'

export const attackRefreshReplaySummary: FlowSummary = {
  id: 'attack-refresh-replay',
  title: 'Attack: Mallory replays a stolen refresh token',
  summary:
    'A script Mallory slipped into the Printshop web app sends her its refresh token. Without rotation she mints access tokens as she pleases; with rotation, her replay of a used token gives the theft away and the server revokes the whole grant.',
  status: {
    kind: 'attack',
    defence: 'refresh token rotation with reuse detection',
    relatedFlows: ['refresh-token'],
    defenceOff: 'rotation:off',
  },
  specs: ['RFC 9700 §4.14.2', 'RFC 6749 §6', 'OAuth 2.1 §4.3.1', 'browser-based apps BCP §5.1.1'],
}
