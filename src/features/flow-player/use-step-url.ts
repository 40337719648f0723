import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { FlowSession, FlowSessionState } from '../../flows/flow-session'
import { hasProgress } from './kept-sessions'
import { readStepParam } from './step-param'

export interface StepNotice {
  /** The step (1-based) the notice is about; it shows while that step is on screen. */
  step: number
  text: string
}

/**
 * Keeps `?step=N` and the session in step both ways. A link (or a typed URL) moves the session,
 * running the flow forward as far as needed; each step the session shows replaces the URL's step
 * (no new history entry: the browser's Back leaves the player instead of rewinding it one step at
 * a time, the player has its own Previous step, and the URL stays a deep link to what is shown).
 */
export function useStepUrl(
  session: FlowSession,
  state: FlowSessionState,
  stepCount: number,
): { notice?: StepNotice; runningTo?: number } {
  const [params, setParams] = useSearchParams()
  const raw = params.get('step')
  // The ?step values this hook wrote, oldest first, until the router reports them back. Quick
  // presses (a clicker's PageDown, PageDown) write 8 then 9 before the router has applied 8: the
  // late 8 is our own echo, not a link, and must not pull the player back to step 8.
  const written = useRef<string[]>([])
  // Back in the player without a step in the link (the Flows link, the catalogue): resume.
  const [resumes] = useState(() => raw === null && hasProgress(session))
  const resumed = useRef(resumes)
  const [pending, setPending] = useState(!resumes)
  const [notice, setNotice] = useState<StepNotice>()
  const [target, setTarget] = useState(1)

  useEffect(() => {
    const echo = raw === null ? -1 : written.current.indexOf(raw)
    if (echo >= 0) {
      written.current = written.current.slice(echo + 1)
      return
    }
    if (raw === null && resumed.current) return
    const { step, notice: clamped } = readStepParam(raw, stepCount)
    setNotice(clamped === undefined ? undefined : { step, text: clamped })
    setTarget(step)
    setPending(true)
    let current = true
    void session.goTo(step - 1).then(() => current && setPending(false))
    return () => {
      current = false
    }
  }, [session, raw, stepCount])

  // The URL follows the step on screen. It runs when the step changes (or a link's run ends),
  // never because the URL changed: a link's new ?step must not be overwritten before it is run.
  // (setParams changes identity with every URL change, so it is read through a ref as well.)
  const latestRaw = useRef(raw)
  const latestSetParams = useRef(setParams)
  useEffect(() => {
    latestRaw.current = raw
    latestSetParams.current = setParams
  }, [raw, setParams])
  useEffect(() => {
    if (pending || state.cursor < 0) return
    const shown = String(state.cursor + 1)
    // The address bar holds our last write until the router reports it back: compare with that,
    // not with a report that lags behind (step 6, on to 5, back to 6 before the first 6 came back).
    if ((written.current.at(-1) ?? latestRaw.current) === shown) return
    written.current = [...written.current, shown]
    latestSetParams.current(
      (previous) => {
        const next = new URLSearchParams(previous)
        next.set('step', shown)
        return next
      },
      { replace: true },
    )
  }, [pending, state.cursor])

  return {
    notice: notice && notice.step === state.cursor + 1 ? notice : undefined,
    runningTo: pending && target > state.cursor + 1 ? target : undefined,
  }
}
