import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FlowModule } from '../../../flows/kit/flow-module'
import { SwitchChips } from '../switch-chips'
import { usePlayerKeys, type PlayerKeyActions } from '../use-player-keys'
import { openSpeakerChannel, type SpeakerMessage, type SpeakerState } from './speaker-channel'
import { SpeakerTimer } from './speaker-timer'

type Command = Extract<SpeakerMessage, { type: 'command' }>['action']
const BUTTON = 'rounded-md border-2 px-4 py-2 text-lg font-semibold'

/**
 * The speaker view (S, in a second window): the step on the room's screen with its narration,
 * talking points and a question for the room, the next step's title, a timer, and the controls.
 * It follows the player and drives it, over the flow's BroadcastChannel.
 */
export function SpeakerPage({ flow }: { flow: FlowModule }) {
  const [state, setState] = useState<SpeakerState>()
  const link = useRef<ReturnType<typeof openSpeakerChannel> | undefined>(undefined)
  useEffect(() => {
    const channel = openSpeakerChannel(flow.id, (message) => {
      if (message.type === 'state') setState(message)
    })
    link.current = channel
    channel.post({ type: 'hello' })
    document.title = `Speaker view: ${flow.summary.title}`
    return () => channel.close()
  }, [flow])
  const send = useCallback((action: Command) => link.current?.post({ type: 'command', action }), [])

  const keys = useMemo<PlayerKeyActions>(() => {
    const none = () => undefined
    return {
      next: () => send('next'),
      previous: () => send('previous'),
      first: () => send('first'),
      last: () => send('last'),
      blank: () => send('blank'),
      restart: none,
      help: none,
      speaker: none,
      present: none,
      sequence: () => send('sequence'),
    }
  }, [send])
  usePlayerKeys(keys, true)

  const currentId = state?.steps[state.cursor]
  const current = currentId === undefined ? undefined : flow.steps[currentId]
  const nextId =
    state && state.cursor < state.steps.length - 1
      ? state.steps[state.cursor + 1]
      : state?.upcoming[0]
  const next = nextId === undefined ? undefined : flow.steps[nextId]

  return (
    <div className="mx-auto max-w-5xl space-y-5 p-6 text-[clamp(16px,1.3vw,24px)]">
      <header className="flex flex-wrap items-center gap-4">
        <h1 className="text-[1.4em] font-bold text-slate-900">
          Speaker view: {flow.summary.title}
        </h1>
        <SpeakerTimer />
        {state && <SwitchChips switches={flow.switches} state={state.switches} />}
      </header>
      {!state || !current ? (
        <p role="status" className="text-slate-800">
          Waiting for the player: keep the flow open in the other window, and press S there to
          connect.
        </p>
      ) : (
        <>
          <div
            role="group"
            aria-label="Flow controls"
            className="flex flex-wrap items-center gap-3"
          >
            <button
              type="button"
              onClick={() => send('previous')}
              className={`${BUTTON} border-blue-800 text-blue-900`}
            >
              Previous step
            </button>
            <button
              type="button"
              onClick={() => send('next')}
              className={`${BUTTON} border-blue-800 bg-blue-800 text-white`}
            >
              Next step
            </button>
            <button
              type="button"
              onClick={() => send('blank')}
              aria-pressed={state.blank}
              className={`${BUTTON} border-slate-600 text-slate-900`}
            >
              {state.blank ? 'Show the flow' : 'Blank the screen'}
            </button>
            <button
              type="button"
              onClick={() => send('play')}
              className={`${BUTTON} border-slate-600 text-slate-900`}
            >
              {state.playing ? 'Pause' : 'Play'}
            </button>
            <button
              type="button"
              onClick={() => send('sequence')}
              aria-pressed={state.sequence}
              className={`${BUTTON} border-slate-600 text-slate-900`}
            >
              Sequence view
            </button>
            <p className="text-slate-700">
              Step {state.cursor + 1} of {state.total}
            </p>
          </div>
          <section
            aria-labelledby="speaker-step"
            className="rounded-xl border-2 border-blue-800 bg-white p-5"
          >
            <p className="text-[0.8em] font-semibold text-blue-900">
              On the screen now · {current.specRef}
            </p>
            <h2 id="speaker-step" className="text-[1.3em] font-bold text-slate-900">
              {current.title}
            </h2>
            <p className="mt-2 text-slate-800">{current.narration}</p>
            {current.notes ? (
              <>
                <h3 className="mt-4 font-bold text-slate-900">Talking points</h3>
                <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
                  {current.notes.points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
                <h3 className="mt-4 font-bold text-slate-900">Ask the room</h3>
                <p className="text-slate-800">{current.notes.question}</p>
              </>
            ) : (
              <p className="mt-4 text-slate-700">This step has no talking points yet.</p>
            )}
          </section>
          <p className="text-slate-800">
            <span className="font-semibold">Next:</span> {next ? next.title : 'the end of the flow'}
          </p>
        </>
      )}
    </div>
  )
}
