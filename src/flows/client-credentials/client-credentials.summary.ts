import type { FlowSummary } from '../kit/flow-module'

export const clientCredentialsSummary: FlowSummary = {
  id: 'client-credentials',
  title: 'Client Credentials',
  summary:
    'No person at all: the nightly backup job authenticates with its own secret, gets a token for itself and calls the photo API, which answers for the job, not for Alice. An hour later it simply asks again.',
  status: { kind: 'recommended' },
  specs: ['RFC 6749 §4.4', 'RFC 9068 §2.2', 'RFC 9700 §4.15'],
}
