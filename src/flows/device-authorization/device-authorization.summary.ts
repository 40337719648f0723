import type { FlowSummary } from '../kit/flow-module'

export const deviceAuthorizationSummary: FlowSummary = {
  id: 'device-authorization',
  title: 'Device Authorization',
  summary:
    'A photo frame TV with no keyboard shows a short code; Alice approves it on her phone while the TV polls the token endpoint, slows down when told to, and then shows her photos.',
  status: { kind: 'recommended' },
  specs: ['RFC 8628', 'RFC 6749 §5.1', 'RFC 9700 §2.1'],
}
