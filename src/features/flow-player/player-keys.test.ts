import { describe, expect, it } from 'vitest'
import { playerKeyAction, type PlayerKeyPress } from './player-keys'

const press = (key: string, extra: Partial<PlayerKeyPress> = {}): PlayerKeyPress => ({
  key,
  modified: false,
  inTextEntry: false,
  onActivatable: false,
  ...extra,
})

describe('playerKeyAction', () => {
  it('steps with the keyboard and with a presentation clicker', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((key) => playerKeyAction(press(key)))).toEqual([
      'next',
      'next',
      'next',
    ])
    expect(['ArrowLeft', 'PageUp'].map((key) => playerKeyAction(press(key)))).toEqual([
      'previous',
      'previous',
    ])
    expect(playerKeyAction(press('Home'))).toBe('restart')
  })

  it('leaves other keys, and a clicker’s blank-screen keys, alone', () => {
    expect(
      ['.', 'b', 'End', 'ArrowDown', 'Enter', 'Tab'].map((key) => playerKeyAction(press(key))),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('never takes a key from a text field or a browser shortcut', () => {
    expect(playerKeyAction(press('PageDown', { inTextEntry: true }))).toBeUndefined()
    expect(playerKeyAction(press('ArrowLeft', { modified: true }))).toBeUndefined()
    expect(playerKeyAction(press('PageUp', { modified: true }))).toBeUndefined()
  })

  it('lets Space press the focused button; PageDown still steps from there', () => {
    expect(playerKeyAction(press(' ', { onActivatable: true }))).toBeUndefined()
    expect(playerKeyAction(press('PageDown', { onActivatable: true }))).toBe('next')
  })
})
