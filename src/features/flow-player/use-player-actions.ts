import { useCallback, useMemo, useRef, useState } from 'react'
import type { LearnerEvent } from '../../flows/kit/flow-module'
import type { FlowSession } from '../../flows/flow-session'
import { readingTimeMs, useAutoplay, type PlaySpeed } from './use-autoplay'

export interface PlayerActions {
  next(): void
  previous(): void
  restart(): void
  /** Sends a learner's event (a form from a window, a choice) at the recorded end. */
  send(event: LearnerEvent): void
  skipAhead(seconds: number): void
  /** The learner typed into a window's form; Next step then submits what they typed. */
  typed(surface: string, fields: Record<string, string>): void
  playing: boolean
  setPlaying(playing: boolean): void
  speed: PlaySpeed
  setSpeed(speed: PlaySpeed): void
}

/**
 * What the player's buttons, keys and windows do to the session. Next step submits the form the
 * learner typed into, if they did, as pressing the page's default button would; otherwise it sends
 * `step.next` (the flow's default choice).
 */
export function usePlayerActions(
  session: FlowSession,
  canNext: boolean,
  step: { index: number; narration: string } | undefined,
): PlayerActions {
  const [speed, setSpeed] = useState<PlaySpeed>('normal')
  const typedForm = useRef<{ surface: string; fields: Record<string, string> } | undefined>(
    undefined,
  )

  const next = useCallback(() => {
    const now = session.getState()
    const current = now.steps[now.cursor]
    const typed = typedForm.current
    typedForm.current = undefined
    const form = current?.accepts.form
    const atEnd = now.cursor === now.steps.length - 1
    if (atEnd && form && typed?.surface === form.surface) {
      void session.next({
        type: 'form.submit',
        surface: form.surface,
        fields: typed.fields,
        ...(form.submitter === undefined ? {} : { submitter: form.submitter }),
      })
    } else void session.next()
  }, [session])
  const { playing, setPlaying } = useAutoplay(next, canNext, {
    key: step?.index ?? -1,
    delayMs: readingTimeMs(step?.narration ?? '', speed),
  })

  const restart = useCallback(() => {
    setPlaying(false)
    typedForm.current = undefined
    void session.restart()
  }, [session, setPlaying])
  const previous = useCallback(() => session.previous(), [session])
  const send = useCallback(
    (event: LearnerEvent) => {
      typedForm.current = undefined
      void session.next(event)
    },
    [session],
  )
  const skipAhead = useCallback((seconds: number) => void session.skipAhead(seconds), [session])
  const typed = useCallback((surface: string, fields: Record<string, string>) => {
    typedForm.current = { surface, fields }
  }, [])

  return useMemo(
    () => ({
      next,
      previous,
      restart,
      send,
      skipAhead,
      typed,
      playing,
      setPlaying,
      speed,
      setSpeed,
    }),
    [next, previous, restart, send, skipAhead, typed, playing, setPlaying, speed],
  )
}
