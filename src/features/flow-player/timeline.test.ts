import { describe, expect, it } from 'vitest'
import { flow } from '../../flows/authorization-code-pkce/authorization-code-pkce.flow'
import { STEPS } from '../../flows/authorization-code-pkce/authorization-code-pkce.steps'
import type { SessionStep } from '../../flows/flow-session'
import { timeline } from './timeline'

const recorded = (ids: (keyof typeof STEPS)[], finalLast = false): SessionStep[] =>
  ids.map((stepId, index) => ({
    index,
    stepId,
    meta: STEPS[stepId],
    exchanges: [],
    tokens: [],
    facts: [],
    pages: {},
    screens: {},
    accepts: { choices: [] },
    final: finalLast && index === ids.length - 1,
    clock: { at: 0, waited: 0, skipped: 0 },
  }))

describe('timeline', () => {
  it('lists the recorded steps, then the planned ones still to come', () => {
    const items = timeline(flow, recorded(['pkce', 'authorizationRequest', 'loginPage']), 1)
    expect(items.map((item) => `${item.number} ${item.stepId} ${item.state}`)).toEqual([
      '1 pkce done',
      '2 authorizationRequest current',
      '3 loginPage ahead',
      '4 credentials upcoming',
      '5 consentPage upcoming',
      '6 approval upcoming',
      '7 callback upcoming',
      '8 tokenRequest upcoming',
      '9 tokenResponse upcoming',
      '10 apiRequest upcoming',
      '11 photos upcoming',
    ])
    expect(items[1]?.title).toBe('The browser goes to the authorization endpoint')
  })

  it('follows a detour: after a refused sign-in the plan resumes at the credentials', () => {
    const items = timeline(
      flow,
      recorded(['pkce', 'authorizationRequest', 'loginPage', 'loginRejected']),
      3,
    )
    expect(items.slice(3, 6).map((item) => item.stepId)).toEqual([
      'loginRejected',
      'credentials',
      'consentPage',
    ])
    expect(items).toHaveLength(12)
  })

  it('shows the denied path to its end, and nothing after an end', () => {
    const denied = timeline(
      flow,
      recorded([
        'pkce',
        'authorizationRequest',
        'loginPage',
        'credentials',
        'consentPage',
        'denial',
      ]),
      5,
    )
    expect(denied.slice(5).map((item) => item.stepId)).toEqual([
      'denial',
      'deniedCallback',
      'accessDenied',
    ])
    expect(denied.at(-1)?.outcome).toBe('denied')
    const ended = timeline(flow, recorded(['pkce', 'failed'], true), 1)
    expect(ended.map((item) => item.stepId)).toEqual(['pkce', 'failed'])
  })

  it('shows the whole plan before the first step is recorded', () => {
    expect(timeline(flow, [], -1).map((item) => item.state)).toEqual(Array(11).fill('upcoming'))
  })
})
