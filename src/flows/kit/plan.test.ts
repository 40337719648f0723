import { describe, expect, it } from 'vitest'
import { upcomingSteps } from './plan'

const flow = {
  plan: ['start', 'poll', 'phone', 'poll', 'tokens'],
  branches: { deny: ['deniedPoll'], deniedPoll: [] },
}

describe('upcomingSteps: what Next step would still run', () => {
  it('is the whole plan before anything ran, and its rest along the way, repeats included', () => {
    expect(upcomingSteps(flow, [])).toEqual(flow.plan)
    expect(upcomingSteps(flow, ['start', 'poll'])).toEqual(['phone', 'poll', 'tokens'])
    expect(upcomingSteps(flow, ['start', 'poll', 'phone', 'poll'])).toEqual(['tokens'])
  })

  it('rejoins the plan after a step that is not on it and starts no branch', () => {
    expect(upcomingSteps(flow, ['start', 'poll', 'pollTooSoon'])).toEqual([
      'phone',
      'poll',
      'tokens',
    ])
  })

  it('follows a branch to its end', () => {
    expect(upcomingSteps(flow, ['start', 'poll', 'phone', 'deny'])).toEqual(['deniedPoll'])
    expect(upcomingSteps(flow, ['start', 'poll', 'phone', 'deny', 'deniedPoll'])).toEqual([])
  })
})
