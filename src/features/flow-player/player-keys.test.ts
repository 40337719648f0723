import { describe, expect, it } from 'vitest'
import { playerKeyAction, type PlayerKeyPress } from './player-keys'

const press = (key: string, extra: Partial<PlayerKeyPress> = {}): PlayerKeyPress => ({
  key,
  modified: false,
  inTextEntry: false,
  onActivatable: false,
  inPlayer: true,
  presenting: false,
  ...extra,
})
const actions = (keys: string[], extra: Partial<PlayerKeyPress> = {}) =>
  keys.map((key) => playerKeyAction(press(key, extra)))

describe('playerKeyAction', () => {
  it('follows reveal.js: the keys a presentation clicker sends step forward and back', () => {
    expect(actions(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N'])).toEqual(
      Array(6).fill('next'),
    )
    expect(actions(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])).toEqual(Array(5).fill('previous'))
    expect(actions(['Home', 'End', 'r', 'b', '.', '?', 's', 'f', 'o'])).toEqual([
      'first',
      'last',
      'restart',
      'blank',
      'blank',
      'help',
      'speaker',
      'present',
      'sequence',
    ])
  })

  it('leaves page scrolling alone when the page, not the player, has the focus', () => {
    expect(
      actions(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End'], {
        inPlayer: false,
      }),
    ).toEqual(Array(7).fill(undefined))
    // The horizontal arrows scroll nothing, so they step from anywhere.
    expect(actions(['ArrowRight', 'ArrowLeft'], { inPlayer: false })).toEqual(['next', 'previous'])
    // Presenting, nothing scrolls: every key is the player's.
    expect(actions(['PageDown', 'Home'], { inPlayer: false, presenting: true })).toEqual([
      'next',
      'first',
    ])
  })

  it('never takes a key from a text field or a browser shortcut', () => {
    expect(playerKeyAction(press('PageDown', { inTextEntry: true }))).toBeUndefined()
    expect(playerKeyAction(press('n', { inTextEntry: true, presenting: true }))).toBeUndefined()
    expect(playerKeyAction(press('ArrowLeft', { modified: true }))).toBeUndefined()
  })

  it('lets Space press the focused button; PageDown still steps from there', () => {
    expect(playerKeyAction(press(' ', { onActivatable: true }))).toBeUndefined()
    expect(playerKeyAction(press('PageDown', { onActivatable: true }))).toBe('next')
  })
})
