import { memo } from 'react'
import { Link } from 'react-router'
import type { Cast, StepFact } from '../../flows/kit/flow-module'
import type { StepChannel, StepMeta, StepOutcome } from '../../flows/kit/step-meta'
import { formatDuration } from '../../protocol/jwt/time'
import { ROLE_NAMES, type RoleId } from '../../protocol/roles'

const OUTCOME: Record<StepOutcome, { text: string; className: string }> = {
  success: {
    text: 'Flow complete',
    className: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  },
  denied: {
    text: 'Ended: access denied',
    className: 'bg-amber-100 text-amber-900 border-amber-700',
  },
  rejected: {
    text: 'Ended: the client refused the response',
    className: 'bg-rose-100 text-rose-900 border-rose-700',
  },
  refused: {
    text: 'Ended: the server refused the request',
    className: 'bg-rose-100 text-rose-900 border-rose-700',
  },
  expired: {
    text: 'Ended: time ran out',
    className: 'bg-amber-100 text-amber-900 border-amber-700',
  },
  failed: { text: 'Ended with an error', className: 'bg-rose-100 text-rose-900 border-rose-700' },
  'attack-succeeded': {
    text: 'Attack succeeded',
    className: 'bg-rose-100 text-rose-900 border-rose-700',
  },
  'attack-blocked': {
    text: 'Attack blocked',
    className: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  },
}

const CHANNEL_TEXT: Record<StepChannel, string> = {
  front: 'Front channel, through the browser',
  back: 'Back channel, a direct request',
  'out-of-band': 'Out of band: no HTTP, a person reads it',
  local: 'Local: no message',
}

/** How the step's message travels; a browser app's direct requests still leave from the browser. */
function channelText(meta: StepMeta, clientInBrowser: boolean): string {
  if (meta.channel !== 'back' || !clientInBrowser) return CHANNEL_TEXT[meta.channel]
  if (meta.from === 'client')
    return 'Back channel, a direct request from the app’s JavaScript in the browser'
  if (meta.to === 'client')
    return 'Back channel, a direct answer to the app’s JavaScript in the browser'
  return CHANNEL_TEXT[meta.channel]
}

/** The current step in words: who to whom, the narration, the spec reference, and the values it made or checked. */
export const NarrationPanel = memo(function NarrationPanel({
  number,
  total,
  meta,
  facts,
  cast,
  waited,
  clientInBrowser = false,
}: {
  number: number
  total: number
  meta: StepMeta
  facts: readonly StepFact[]
  cast: Cast
  /**
   * The client is a browser app: its "direct" requests are Fetch calls from its JavaScript in the
   * browser, where the tokens also live (browser-based apps BCP §6.3).
   */
  clientInBrowser?: boolean
  /** Seconds of lab time the flow let pass before this step's message. */
  waited: number
}) {
  const name = (role: RoleId) => cast[role]?.name ?? ROLE_NAMES[role]
  const route = meta.channel === 'local' ? name(meta.from) : `${name(meta.from)} → ${name(meta.to)}`
  return (
    <section
      aria-labelledby="step-title"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <p className="text-base font-semibold text-blue-900">
        Step {number} of {total} · {route}
      </p>
      <h2
        id="step-title"
        tabIndex={-1}
        data-player-keys
        className="mt-1 text-2xl leading-tight font-bold text-slate-900"
      >
        {meta.title}
      </h2>
      {meta.outcome && (
        <p
          className={`mt-3 inline-block rounded-md border px-3 py-1 text-base font-semibold ${OUTCOME[meta.outcome].className}`}
        >
          {OUTCOME[meta.outcome].text}
        </p>
      )}
      {meta.wait && waited > 0 && (
        <p className="mt-3 inline-block rounded-md border border-violet-700 bg-violet-50 px-3 py-1 text-base font-semibold text-violet-950">
          {meta.wait}: the lab clock moved {formatDuration(waited)} before this step
        </p>
      )}
      <p className="mt-3 text-lg leading-relaxed text-slate-800">{meta.narration}</p>
      <p className="mt-3 text-base text-slate-700">
        <span className="font-semibold">{channelText(meta, clientInBrowser)}</span> · Spec:{' '}
        <cite className="not-italic font-semibold text-slate-900">{meta.specRef}</cite>
      </p>
      {meta.notes && (
        // The speaker notes, for a learner on their own: what the projected narration leaves out.
        <details className="mt-3 text-base text-slate-800">
          <summary className="cursor-pointer rounded font-semibold text-blue-900">
            More on this step
          </summary>
          <ul className="mt-2 list-disc space-y-1.5 pl-5">
            {meta.notes.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <p className="mt-2">
            <span className="font-semibold">Think about it:</span> {meta.notes.question}
          </p>
        </details>
      )}
      {meta.seeAlso && (
        <p className="mt-3 text-lg">
          <Link
            to={`/flows/${meta.seeAlso.flowId}`}
            className="font-semibold text-blue-800 underline underline-offset-4 hover:text-blue-950"
          >
            {meta.seeAlso.text}
            <span aria-hidden="true"> →</span>
          </Link>
        </p>
      )}
      {facts.length > 0 && (
        <dl className="mt-4 space-y-2 border-t border-slate-200 pt-3">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="text-sm font-semibold text-slate-700">{fact.label}</dt>
              <dd
                className={
                  fact.format === 'text'
                    ? 'text-base text-slate-900'
                    : 'font-mono text-base break-all text-slate-900'
                }
              >
                {fact.value}
                {fact.verdict && (
                  <span
                    className={`block font-sans text-sm font-semibold ${fact.verdict.ok ? 'text-emerald-800' : 'text-rose-800'}`}
                  >
                    {fact.verdict.ok ? '✓' : '✗'} {fact.verdict.text}
                  </span>
                )}
                {fact.images && fact.images.length > 0 && (
                  <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-3 xl:grid-cols-5">
                    {fact.images.map((image, i) => (
                      <li key={i}>
                        <img
                          src={image.src}
                          alt={image.alt}
                          className="aspect-[4/3] w-full rounded border border-slate-300"
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
})
