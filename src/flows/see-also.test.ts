import { describe, expect, it } from 'vitest'
import { FLOWS, findFlow } from './registry'

/** A step's link to another flow must lead somewhere: a flow id the registry knows. */
describe.each(FLOWS.map((entry) => [entry.summary.id, entry] as const))('flow %s', (id, entry) => {
  it('links its steps only to registered flows other than itself', async () => {
    const flow = await entry.load()
    for (const [stepId, meta] of Object.entries(flow.steps)) {
      if (!meta.seeAlso) continue
      expect(
        findFlow(meta.seeAlso.flowId),
        `${stepId} links to ${meta.seeAlso.flowId}`,
      ).toBeDefined()
      expect(meta.seeAlso.flowId, stepId).not.toBe(id)
      expect(meta.seeAlso.text.length, stepId).toBeGreaterThan(10)
    }
  })
})
