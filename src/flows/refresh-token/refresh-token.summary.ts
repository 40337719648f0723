import type { FlowSummary } from '../kit/flow-module'

export const refreshTokenSummary: FlowSummary = {
  id: 'refresh-token',
  title: 'Refresh Token: rotation and revocation',
  summary:
    'An hour after Alice connected Printshop, its access token has expired: the client refreshes it, gets a rotated refresh token, sees a replayed one revoke the whole family, and finally Alice disconnects the app.',
  status: { kind: 'recommended' },
  specs: ['RFC 6749 §6', 'RFC 9700 §4.14', 'RFC 7009', 'RFC 7662'],
}
