import { describe, expect, it } from 'vitest'
import { FLOWS } from './catalogue'
import { flowDefinition } from './flow-registry'

describe('flow registry', () => {
  it('has a runnable definition for every flow in the catalogue', () => {
    for (const flow of FLOWS) expect(flowDefinition(flow.id)?.id).toBe(flow.id)
  })

  it('knows no other ids, not even inherited property names', () => {
    expect(flowDefinition('implicit')).toBeUndefined()
    expect(flowDefinition('constructor')).toBeUndefined()
    expect(flowDefinition('__proto__')).toBeUndefined()
  })
})
