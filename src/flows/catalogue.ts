/**
 * The flows the lab teaches, as plain data: enough for the catalogue and for routing without
 * loading any machine (machines load lazily with the flow player).
 */
export interface FlowSummary {
  id: string
  title: string
  /** One or two sentences for the catalogue card. */
  summary: string
  /** Where the grant stands today: recommended, or legacy with the reason. */
  status: { kind: 'recommended' } | { kind: 'legacy'; why: string }
  specs: string[]
}

export const FLOWS: readonly FlowSummary[] = [
  {
    id: 'authorization-code-pkce',
    title: 'Authorization Code with PKCE',
    summary:
      'Alice lets the printing service read her photos: her browser carries her to the authorization server to log in and consent, the client swaps a one-time code and its PKCE verifier for an access token, and calls the photo API.',
    status: { kind: 'recommended' },
    specs: ['RFC 6749 §4.1', 'RFC 7636', 'RFC 9700 §2.1.1', 'RFC 9068'],
  },
]

export function findFlow(id: string | undefined): FlowSummary | undefined {
  return FLOWS.find((flow) => flow.id === id)
}
