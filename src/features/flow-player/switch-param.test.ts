import { describe, expect, it } from 'vitest'
import { readSwitchParam, writeSwitchParam } from './switch-param'

const SWITCHES = [
  { id: 'pkce', label: 'PKCE', on: 'on', off: 'off', default: true },
  { id: 'state', label: 'state', on: 'on', off: 'off', default: true },
]

describe('the switches in a link', () => {
  it('reads each known switch, and ignores the rest', () => {
    expect(readSwitchParam('pkce:off,evil:on,state:maybe', SWITCHES)).toEqual({ pkce: false })
    expect(readSwitchParam(null, SWITCHES)).toBeUndefined()
  })

  it('writes only the switches away from their default', () => {
    expect(writeSwitchParam({ pkce: false, state: true }, SWITCHES)).toBe('pkce:off')
    expect(writeSwitchParam({ pkce: true, state: true }, SWITCHES)).toBeUndefined()
  })
})
