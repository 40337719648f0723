import type { SwitchState } from '../../../flows/kit/flow-module'
import type { PlayerKeyAction } from '../player-keys'

/** What the player tells the speaker view: where the run is, and what comes next. */
export interface SpeakerState {
  type: 'state'
  /** The recorded steps by id, in order, and the one on screen. */
  steps: readonly string[]
  cursor: number
  /** Steps Next step would still run, by id. */
  upcoming: readonly string[]
  total: number
  blank: boolean
  /** Play is on: the player moves on by itself after each step's reading time. */
  playing: boolean
  /** The player shows the sequence view rather than the diagram. */
  sequence: boolean
  /** The run's switches (an attack's defences), which decide how the run goes. */
  switches: SwitchState
}

/** What the speaker view can ask the player to do: its moves, and Play and the sequence view. */
export type SpeakerCommand =
  Extract<PlayerKeyAction, 'next' | 'previous' | 'first' | 'last' | 'blank' | 'sequence'> | 'play'

/** What either window may ask the other. */
export type SpeakerMessage =
  | SpeakerState
  | { type: 'hello' }
  | {
      type: 'command'
      action: SpeakerCommand
    }

/**
 * The player and its speaker view talk over a BroadcastChannel per flow: same origin, any two
 * windows, no server. The player is the source of truth; the speaker view mirrors it and sends
 * commands, so either window can drive.
 */
export function openSpeakerChannel(flowId: string, onMessage: (message: SpeakerMessage) => void) {
  const channel = new BroadcastChannel(`oauth-flow-lab:speaker:${flowId}`)
  channel.onmessage = (event: MessageEvent<SpeakerMessage>) => onMessage(event.data)
  return {
    post: (message: SpeakerMessage) => channel.postMessage(message),
    close: () => channel.close(),
  }
}
