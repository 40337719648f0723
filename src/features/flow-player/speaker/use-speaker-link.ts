import { useCallback, useEffect, useRef } from 'react'
import {
  openSpeakerChannel,
  type SpeakerCommand,
  type SpeakerMessage,
  type SpeakerState,
} from './speaker-channel'

/**
 * The player's side of the speaker view: it answers a new speaker window with the run's state,
 * sends every change, and carries out the commands the speaker view sends.
 */
export function useSpeakerLink(
  flowId: string,
  state: Omit<SpeakerState, 'type'>,
  commands: Record<SpeakerCommand, () => void>,
) {
  const latest = useRef({ state, commands })
  useEffect(() => {
    latest.current = { state, commands }
  })
  const channel = useRef<ReturnType<typeof openSpeakerChannel> | undefined>(undefined)

  useEffect(() => {
    const link = openSpeakerChannel(flowId, (message: SpeakerMessage) => {
      if (message.type === 'hello') link.post({ type: 'state', ...latest.current.state })
      if (message.type === 'command') latest.current.commands[message.action]()
    })
    channel.current = link
    return () => link.close()
  }, [flowId])

  const { steps, cursor, upcoming, total, blank, playing, sequence, switches } = state
  useEffect(() => {
    channel.current?.post({
      type: 'state',
      ...{ steps, cursor, upcoming, total, blank, playing, sequence, switches },
    })
  }, [steps, cursor, upcoming, total, blank, playing, sequence, switches])

  /** Opens the speaker view in a window of its own (S). */
  return useCallback(() => {
    window.open(`/flows/${flowId}/speaker`, `speaker-${flowId}`, 'popup,width=1000,height=760')
  }, [flowId])
}
