import { describe, expect, it } from 'vitest'
import type { FlowModule } from './kit/flow-module'
import { everySwitchSetting, planOf } from './kit/switches'
import { runFlow } from './kit/testing/run-flow'
import { stepsThatNeverEnd, unreachableSteps } from './kit/testing/step-graph'
import { attacksOn, FLOWS, findFlow } from './registry'

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
      // What fits beside the diagram on a projected screen at the presenter's type size;
      // what does not fit belongs in the speaker notes.
      expect(
        meta.narration.length,
        `${stepId}: narration of at most 420 characters`,
      ).toBeLessThanOrEqual(420)
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

  it('names, on an attack card, the switches that turn its defence off', async () => {
    const flow = await load()
    if (flow.summary.status.kind !== 'attack') return
    const ids = (flow.switches ?? []).map((item) => item.id)
    expect(ids.length).toBeGreaterThan(0)
    for (const part of flow.summary.status.defenceOff.split(',')) {
      const [id, value] = part.split(':')
      expect(ids).toContain(id)
      expect(value).toBe('off')
      expect(flow.switches?.find((item) => item.id === id)?.default).toBe(true)
    }
  })

  it('runs the plan of every setting of its switches against real servers', async () => {
    const flow = await load()
    for (const setting of everySwitchSetting(flow).slice(1)) {
      const run = await runFlow(flow, {}, undefined, setting)
      expect(run.visited, JSON.stringify(setting)).toEqual(planOf(flow, setting))
      expect(flow.steps[run.visited.at(-1) ?? '']?.outcome).toBeDefined()
    }
  })
})

describe('the registry', () => {
  it('finds flows by id and nothing else, not even inherited property names', () => {
    expect(findFlow('authorization-code-pkce')?.summary.title).toBe('Authorization Code with PKCE')
    expect(findFlow('constructor')).toBeUndefined()
    expect(findFlow('__proto__')).toBeUndefined()
    expect(findFlow(undefined)).toBeUndefined()
  })

  it('links each attack scenario to flows that exist, and each such flow back to it', () => {
    for (const { summary } of FLOWS) {
      if (summary.status.kind !== 'attack') continue
      expect(summary.status.relatedFlows.length, summary.id).toBeGreaterThan(0)
      for (const related of summary.status.relatedFlows) {
        expect(findFlow(related)?.summary.status.kind, `${summary.id} → ${related}`).not.toBe(
          'attack',
        )
        expect(attacksOn(related)).toContain(summary)
      }
    }
    expect(attacksOn('no-such-flow')).toEqual([])
  })

  it('names the attacks on the flows they target: the legacy implicit grant, the confidential client, sign-in', () => {
    const attackIds = (flowId: string) => attacksOn(flowId).map((summary) => summary.id)
    expect(attackIds('implicit')).toEqual(['attack-implicit-leak'])
    expect(attackIds('authorization-code-confidential')).toEqual(
      expect.arrayContaining(['attack-csrf', 'attack-redirect-uri', 'attack-mix-up']),
    )
    expect(attackIds('openid-connect')).toEqual(
      expect.arrayContaining(['attack-csrf', 'attack-mix-up', 'attack-audience']),
    )
    // A stolen code is useless without the confidential client's secret: not an attack on it.
    expect(attackIds('authorization-code-confidential')).not.toContain('attack-code-interception')
  })

  it('has unique ids', () => {
    const ids = FLOWS.map((entry) => entry.summary.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
