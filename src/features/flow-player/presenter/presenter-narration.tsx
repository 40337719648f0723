import type { FlowModule } from '../../../flows/kit/flow-module'
import type { SessionStep } from '../../../flows/flow-session'
import { ROLE_NAMES } from '../../../protocol/roles'

/** The step's title and narration at presenting size, with its spec section and outcome. */
export function PresenterNarration({
  flow,
  step,
  total,
}: {
  flow: FlowModule
  step: SessionStep
  total: number
}) {
  const { meta } = step
  const name = (role: keyof typeof ROLE_NAMES) => flow.stage.cast[role]?.name ?? ROLE_NAMES[role]
  return (
    <section
      aria-labelledby="step-title"
      className="min-h-0 overflow-hidden text-[clamp(16px,1.75vw,40px)] leading-[1.3]"
    >
      <p className="sr-only">
        Step {step.index + 1} of {total}
      </p>
      <p className="text-[0.6em] font-semibold text-blue-900">
        {meta.channel === 'local' ? name(meta.from) : `${name(meta.from)} → ${name(meta.to)}`} ·{' '}
        {meta.specRef}
      </p>
      <h2
        id="step-title"
        tabIndex={-1}
        data-player-keys
        className="text-[1.15em] leading-tight font-bold text-slate-900"
      >
        {meta.title}
      </h2>
      {meta.wait && step.clock.waited > 0 && (
        <p className="mt-[0.2em] text-[0.7em] font-semibold text-violet-900">{meta.wait}</p>
      )}
      <p className="mt-[0.3em] text-slate-800">{meta.narration}</p>
    </section>
  )
}
