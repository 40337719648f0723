import { describe, expect, it } from 'vitest'
import { COMPARISON_PRESETS, WHICH_FLOW } from './flow-guide'
import { findFlow } from './registry'

describe('the “Which flow should I use?” guide', () => {
  it('points every answer at a registered, recommended flow, with a reason and a spec', () => {
    for (const answer of WHICH_FLOW) {
      const entry = findFlow(answer.flowId)
      expect(entry, answer.building).toBeDefined()
      expect(entry?.summary.status.kind, answer.building).toBe('recommended')
      expect(answer.why.length).toBeGreaterThan(40)
      expect(answer.specRef).toMatch(/(RFC \d+|OAuth 2\.1|OIDC|BCP)/)
    }
  })

  it('asks about each kind of app once', () => {
    const asked = WHICH_FLOW.map((answer) => answer.building)
    expect(new Set(asked).size).toBe(asked.length)
    expect(asked).toHaveLength(6)
  })

  it('compares only registered flows, two different ones each time', () => {
    for (const preset of COMPARISON_PRESETS) {
      expect(findFlow(preset.a), preset.label).toBeDefined()
      expect(findFlow(preset.b), preset.label).toBeDefined()
      expect(preset.a).not.toBe(preset.b)
    }
  })
})
