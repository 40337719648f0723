import type { FlowSession, FlowSessionState } from '../flows/flow-session'
import type { Lab } from '../wire/lab'
import { clearSavedRun, writeSavedRun } from './saved-run'

/**
 * Keeps the tab's saved run in step with `session` over `lab`: after each recorded step, skip
 * ahead or switch (a new steps list, or new switches), the run and the lab are saved together,
 * once the session is at rest; a restart or another flow's start (no steps yet) clears the saved
 * run, which the new run's first step then replaces. Moving back and forth within the recording
 * saves nothing (the step on screen is in the URL). Saving waits for the current task to end, so
 * the step's render comes first; a page hide saves what is pending. Returns the stop function.
 */
export function keepRunSaved(session: FlowSession, lab: Lab): () => void {
  let seen: Pick<FlowSessionState, 'steps' | 'switches'> = session.getState()
  let timer: ReturnType<typeof setTimeout> | undefined

  function save() {
    timer = undefined
    const snapshot = session.snapshot()
    // Not at rest (a step is running): the step it leads to is saved when it settles.
    if (!snapshot) return
    if (!writeSavedRun({ flowId: session.flow.id, lab: lab.snapshot(), session: snapshot }))
      console.warn('The flow run could not be saved in this tab (no room in session storage).')
  }
  const flush = () => {
    if (timer === undefined) return
    clearTimeout(timer)
    save()
  }

  const unsubscribe = session.subscribe((state) => {
    if (state.steps === seen.steps && state.switches === seen.switches) return
    seen = state
    if (state.steps.length === 0) {
      clearTimeout(timer)
      timer = undefined
      clearSavedRun()
    } else timer ??= setTimeout(save, 0)
  })
  globalThis.addEventListener?.('pagehide', flush)
  return () => {
    flush()
    unsubscribe()
    globalThis.removeEventListener?.('pagehide', flush)
  }
}
