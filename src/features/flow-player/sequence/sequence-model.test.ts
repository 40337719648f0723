import { describe, expect, it } from 'vitest'
import { flow } from '../../../flows/device-authorization/device-authorization.flow'
import { timeline } from '../timeline'
import { sequenceModel, toMermaid } from './sequence-model'

const items = timeline(flow, [], -1)
const model = sequenceModel(flow.stage, items, (item) => flow.steps[item.stepId])

describe('the sequence view of a flow', () => {
  it('draws one lifeline per cast member, in the order the diagram reads', () => {
    expect(model.lifelines.map((line) => line.name)).toEqual([
      'Alice',
      "Alice's phone",
      'Frame TV',
      'auth.photos.example',
      'Photo API',
    ])
  })

  it('has one message per planned step, numbered as the step list, polls repeated', () => {
    expect(model.messages.map((m) => `${m.number} ${m.label}`).slice(0, 4)).toEqual([
      '1 POST /device_authorization',
      '2 200 OK: codes',
      '3 show user_code + URL',
      '4 POST /token (device_code)',
    ])
    expect(model.messages.filter((m) => m.label === 'POST /token (device_code)')).toHaveLength(3)
  })

  it('writes Mermaid with the channels told apart: solid front, dotted back, async out of band', () => {
    const text = toMermaid('Device Authorization', model)
    expect(text).toContain('sequenceDiagram\n    title Device Authorization\n')
    expect(text).toContain("    participant userAgent as Alice's phone\n")
    expect(text).toContain('    client-->>authorizationServer: 1. POST /device_authorization\n')
    expect(text).toContain('    client-)resourceOwner: 3. show user_code + URL\n')
    expect(text).toContain('    userAgent->>authorizationServer: 5. GET /device\n')
  })
})
