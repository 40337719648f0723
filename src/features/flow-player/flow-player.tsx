import { useCallback, useEffect, useMemo, useState } from 'react'
import type { FlowModule } from '../../flows/kit/flow-module'
import type { FlowLab } from '../../flows/kit/flow-lab'
import { PageLayout } from './page-layout'
import type { PlayerView } from './player-view'
import { Handout } from './sequence/handout'
import { useQuiz } from './quiz/use-quiz'
import { usePlayerModel } from './player-model'
import { focusStepTitle } from './step-title'
import { BlankScreen } from './presenter/blank-screen'
import { KeyHelp } from './presenter/key-help'
import { PresenterLayout } from './presenter/presenter-layout'
import { usePresenting } from './presenter/use-presenting'
import { useSpeakerLink } from './speaker/use-speaker-link'
import { upcomingSteps } from '../../flows/kit/plan'
import { usePlayerKeys, type PlayerKeyActions } from './use-player-keys'

export interface FlowPlayerProps {
  flow: FlowModule
  lab: FlowLab
}

/**
 * One flow, step by step, as a page or presented to a room (F): the same session, the same keys
 * (reveal.js conventions), a blank screen (B) and the key help (?) over either layout.
 */
export function FlowPlayer({ flow, lab }: FlowPlayerProps) {
  const model = usePlayerModel(flow, lab)
  const { session, actions, step } = model
  const presenter = usePresenting()
  const [blank, setBlank] = useState(false)
  const [help, setHelp] = useState(false)
  const [view, setView] = useState<PlayerView>('diagram')
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    if (!printing) return
    const done = () => setPrinting(false)
    window.addEventListener('afterprint', done)
    window.print()
    return () => window.removeEventListener('afterprint', done)
  }, [printing])
  const closeOverlay = useCallback((close: () => void) => {
    close()
    requestAnimationFrame(focusStepTitle)
  }, [])

  const recordedIds = useMemo(() => model.state.steps.map((s) => s.stepId), [model.state.steps])
  const upcomingIds = useMemo(
    () => (model.state.steps.at(-1)?.final ? [] : upcomingSteps(model.plannedFlow, recordedIds)),
    [model.plannedFlow, recordedIds, model.state.steps],
  )
  const quiz = useQuiz(flow, upcomingIds[0], model.atRecordedEnd, actions)
  const shown = useMemo(
    () => ({ ...model, actions: { ...actions, next: quiz.next, previous: quiz.previous } }),
    [model, actions, quiz.next, quiz.previous],
  )
  const moves = useMemo(
    () => ({
      next: quiz.next,
      previous: quiz.previous,
      first: () => void session.goTo(0),
      last: () => void session.goTo(session.getState().steps.length - 1),
      blank: () => (blank ? closeOverlay(() => setBlank(false)) : setBlank(true)),
      sequence: () => setView((shown) => (shown === 'sequence' ? 'diagram' : 'sequence')),
    }),
    [quiz.next, quiz.previous, session, blank, closeOverlay],
  )
  const speakerCommands = useMemo(
    () => ({
      ...moves,
      play: () => actions.setPlaying(!actions.playing),
    }),
    [moves, actions],
  )
  const openSpeaker = useSpeakerLink(
    flow.id,
    {
      steps: recordedIds,
      cursor: model.state.cursor,
      upcoming: upcomingIds,
      total: model.total,
      blank,
      playing: actions.playing,
      sequence: view === 'sequence',
      switches: model.state.switches,
    },
    speakerCommands,
  )
  const keys = useMemo<PlayerKeyActions>(
    () => ({
      ...moves,
      restart: actions.restart,
      help: () => (help ? closeOverlay(() => setHelp(false)) : setHelp(true)),
      speaker: openSpeaker,
      present: presenter.toggle,
    }),
    [moves, actions.restart, help, closeOverlay, openSpeaker, presenter.toggle],
  )
  usePlayerKeys(keys, presenter.presenting)

  return (
    <>
      <p className="sr-only" role="status" aria-live="polite">
        {step ? `Step ${step.index + 1} of ${model.total}: ${step.meta.title}` : ''}
      </p>
      {presenter.presenting && step ? (
        <PresenterLayout
          flow={flow}
          step={step}
          previous={model.previous}
          before={model.state.steps[model.state.cursor - 2]}
          total={model.total}
          atRecordedEnd={model.atRecordedEnd}
          busy={model.busy}
          canNext={model.canNext}
          canPrevious={model.canPrevious}
          choices={model.choices}
          actions={shown.actions}
          quiz={quiz}
          switches={model.state.switches}
          onChoose={model.choose}
          onWindowEvent={model.onWindowEvent}
          onSpeaker={openSpeaker}
          onLeave={presenter.leave}
          view={view}
          items={model.items}
        />
      ) : (
        <PageLayout
          flow={flow}
          model={shown}
          quiz={quiz}
          onPresent={presenter.enter}
          onSpeaker={openSpeaker}
          view={view}
          onView={setView}
          onPrint={() => setPrinting(true)}
        />
      )}
      {printing && <Handout flow={flow} items={model.items} steps={model.state.steps} />}
      {blank && <BlankScreen onReturn={() => closeOverlay(() => setBlank(false))} />}
      {help && <KeyHelp onClose={() => closeOverlay(() => setHelp(false))} />}
    </>
  )
}
