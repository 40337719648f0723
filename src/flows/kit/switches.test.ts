import { describe, expect, it } from 'vitest'
import { flow as pkceFlow } from '../authorization-code-pkce/authorization-code-pkce.flow'
import { defineFlow } from './define-flow'
import type { FlowModule, FlowSwitch } from './flow-module'

type FlowBranches = FlowModule['branches']
import { upcomingSteps } from './plan'
import { branchesOf, everySwitchSetting, planOf, switchState } from './switches'

const SWITCHES: FlowSwitch[] = [
  { id: 'pkce', label: 'PKCE', on: 'bound', off: 'unbound', default: true },
  { id: 'state', label: 'state', on: 'checked', off: 'ignored', default: false },
]

describe('switch settings and the plan they run', () => {
  it('lists every setting once, the defaults first', () => {
    expect(everySwitchSetting({ switches: SWITCHES })).toEqual([
      { pkce: true, state: false },
      { pkce: true, state: true },
      { pkce: false, state: false },
      { pkce: false, state: true },
    ])
    expect(everySwitchSetting({})).toEqual([{}])
  })

  it('runs planFor when the flow has one, else the plan', () => {
    const plan = ['a', 'blocked']
    const planFor = (s: Readonly<Record<string, boolean>>) => (s.pkce ? plan : ['a', 'stolen'])
    expect(planOf({ plan, planFor }, { pkce: false })).toEqual(['a', 'stolen'])
    expect(planOf({ plan }, { pkce: false })).toEqual(plan)
  })

  it('takes the branches of the run’s switches where a flow has branchesFor, else its branches', () => {
    const branching = {
      plan: ['a', 'b', 'c'],
      branches: { x: ['on1', 'on2'] },
      branchesFor: (switches: Record<string, boolean>) =>
        switches.s === false ? { x: ['off1'] } : { x: ['on1', 'on2'] },
    }
    const upcoming = (s: boolean) =>
      upcomingSteps({ ...branching, branches: branchesOf(branching, { s }) }, ['a', 'x'])
    expect(upcoming(true)).toEqual(['on1', 'on2'])
    expect(upcoming(false)).toEqual(['off1'])
    expect(branchesOf({ branches: { y: ['z'] } }, { s: false })).toEqual({ y: ['z'] })
  })

  it('refuses a flow whose planFor disagrees with its plan or names a step without meta', () => {
    const broken = (planFor: (s: Readonly<Record<string, boolean>>) => readonly string[]) => () =>
      defineFlow({ ...pkceFlow, switches: SWITCHES, planFor })
    expect(broken(() => ['pkce'])).toThrow('planFor(the default switches) is not the plan')
    expect(
      broken((s) => (s.pkce && !s.state ? pkceFlow.plan : [...pkceFlow.plan, 'nowhere'])),
    ).toThrow('plan step nowhere')
    expect(switchState({ switches: SWITCHES })).toEqual({ pkce: true, state: false })
  })

  it('refuses a flow whose branchesFor disagrees with its branches or names a step without meta', () => {
    const broken = (branchesFor: (s: Readonly<Record<string, boolean>>) => FlowBranches) => () =>
      defineFlow({ ...pkceFlow, switches: SWITCHES, branchesFor })
    expect(broken(() => ({ callback: ['tokenRequest'] }))).toThrow(
      'branchesFor(the default switches) is not the branches',
    )
    expect(broken((s) => (s.pkce ? pkceFlow.branches : { callback: ['nowhere'] }))).toThrow(
      'branch step nowhere',
    )
  })
})
