import { describe, expect, it } from 'vitest'
import type { FlowModule } from './kit/flow-module'
import { runFlow } from './kit/testing/run-flow'
import { stepsThatNeverEnd, unreachableSteps } from './kit/testing/step-graph'
import { FLOWS, findFlow } from './registry'

/** The test every registered flow gets, whatever its grant. */
describe.each(FLOWS.map((entry) => [entry.summary.id, entry] as const))('flow %s', (id, entry) => {
  const load = (): Promise<FlowModule> => entry.load()

  it('is the module its registry entry names, with the same card', async () => {
    const flow = await load()
    expect(flow.id).toBe(id)
    expect(flow.summary).toBe(entry.summary)
  })

  it('gives every step a title, a label, narration and a spec reference', async () => {
    const flow = await load()
    const states = Object.keys(flow.machine.root.states)
    expect(states.sort()).toEqual(Object.keys(flow.steps).sort())
    for (const [stepId, meta] of Object.entries(flow.steps)) {
      expect(flow.machine.root.states[stepId]?.meta, stepId).toBe(meta)
      expect(meta.title.length, stepId).toBeGreaterThan(10)
      const sentences = meta.narration.split(/(?<=\.)\s/).length
      expect(sentences, `${stepId}: two to four sentences`).toBeGreaterThanOrEqual(2)
      expect(sentences, `${stepId}: two to four sentences`).toBeLessThanOrEqual(4)
      expect(meta.specRef, stepId).toMatch(/(RFC \d+|OAuth 2\.1|OIDC|BCP)/)
    }
  })

  it('ends on every path, and reaches every step', async () => {
    const flow = await load()
    expect(stepsThatNeverEnd(flow.machine)).toEqual([])
    expect(unreachableSteps(flow.machine)).toEqual([])
  })

  it('runs its plan against real servers when the learner presses Next step throughout', async () => {
    const flow = await load()
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    expect(flow.steps[flow.plan.at(-1) ?? '']?.outcome).toBeDefined()
  })
})

describe('the registry', () => {
  it('finds flows by id and nothing else, not even inherited property names', () => {
    expect(findFlow('authorization-code-pkce')?.summary.title).toBe('Authorization Code with PKCE')
    expect(findFlow('constructor')).toBeUndefined()
    expect(findFlow('__proto__')).toBeUndefined()
    expect(findFlow(undefined)).toBeUndefined()
  })

  it('has unique ids', () => {
    const ids = FLOWS.map((entry) => entry.summary.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
