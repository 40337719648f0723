import { describe, expect, it } from 'vitest'
import type { Exchange } from '../wire/exchange'
import type { SessionStep } from './session-step'
import { numberExchanges } from './step-numbers'

const step = (index: number, seqs: number[], response = false): SessionStep =>
  ({
    index,
    stepId: `s${index}`,
    meta: { response: response || undefined },
    exchanges: seqs.map((seq) => ({ seq }) as Exchange),
  }) as unknown as SessionStep

describe('numberExchanges: one step number for the same message', () => {
  const steps = [step(0, []), step(1, [1]), step(2, [], true), step(3, [2, 4, 3])]
  const responseAt = (index: number) => steps[index]?.meta.response === true || index === 4
  const numbers = numberExchanges(steps, responseAt)

  it('numbers a step’s one exchange by the step, and its response by the response step after it', () => {
    expect(numbers.get(1)).toEqual({ request: '2', response: '3', responseStep: 3 })
  })

  it('letters several exchanges of one step in the order they were sent', () => {
    expect(numbers.get(2)).toEqual({ request: '4a', response: '5', responseStep: 5 })
    expect(numbers.get(3)).toEqual({ request: '4b', response: '4b', responseStep: 4 })
    expect(numbers.get(4)).toEqual({ request: '4c', response: '4c', responseStep: 4 })
  })
})
