import { describe, expect, it } from 'vitest'
import { readStepParam } from './step-param'

describe('readStepParam', () => {
  it('opens step 1 without a notice when the link names no step', () => {
    expect(readStepParam(null, 11)).toEqual({ step: 1 })
    expect(readStepParam('', 11)).toEqual({ step: 1 })
  })

  it('takes a step inside the flow as it is', () => {
    expect(readStepParam('1', 11)).toEqual({ step: 1 })
    expect(readStepParam('7', 11)).toEqual({ step: 7 })
    expect(readStepParam('11', 11)).toEqual({ step: 11 })
  })

  it('clamps 0 to the first step and says so', () => {
    expect(readStepParam('0', 11)).toEqual({
      step: 1,
      notice: 'Steps count from 1, so the link’s step 0 shows step 1.',
    })
  })

  it('clamps a step past the end to the last and says so', () => {
    expect(readStepParam('99', 11)).toEqual({
      step: 11,
      notice: 'This flow has 11 steps, so the link’s step 99 shows step 11, the last.',
    })
  })

  it('treats anything but digits as step 1 and says so', () => {
    for (const raw of ['abc', '-3', '2.5', '1e3', '3abc']) {
      expect(readStepParam(raw, 11)).toEqual({
        step: 1,
        notice: `The link asked for step “${raw}”, which is not a step number, so this is step 1.`,
      })
    }
  })
})
