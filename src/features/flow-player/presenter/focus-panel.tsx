import type { FlowStage } from '../../../flows/kit/flow-module'
import type { SessionStep } from '../../../flows/flow-session'
import type { ReactNode } from 'react'
import { ClaimsList } from './claims-list'
import { useFitZoom } from './use-fit-zoom'
import { RawHttp } from './raw-http'
import { StepSurfaces } from '../surfaces/step-surfaces'
import type { LearnerEvent } from '../../../flows/kit/flow-module'

/**
 * The one panel that matters for a step, when presenting: the page a browser shows for a front
 * channel step (or the device's screen out of band), the decoded token a response just delivered,
 * the raw request or response of a back channel step, or the values a local step computed.
 */
export function FocusPanel({
  stage,
  step,
  previous,
  before,
  past,
  onEvent,
  onTyped,
}: {
  stage: FlowStage
  step: SessionStep
  previous: SessionStep | undefined
  /** The step before the previous one: what the client held before a response's request. */
  before: SessionStep | undefined
  past: boolean
  onEvent(event: LearnerEvent): void
  onTyped(surface: string, fields: Record<string, string>): void
}) {
  const { meta } = step
  const involved = [meta.from, meta.to, ...(meta.involved ?? [])]
  const windows = stage.surfaces.filter((surface) => involved.includes(surface.role))
  if ((meta.channel === 'front' || meta.channel === 'out-of-band') && windows.length > 0)
    return (
      <FittedWindows>
        <StepSurfaces
          surfaces={windows}
          step={step}
          past={past}
          onEvent={onEvent}
          onTyped={onTyped}
        />
      </FittedWindows>
    )
  // A response step tells what its request brought: tokens the client did not hold before it.
  const fresh = step.tokens.find(
    (token) => !before?.tokens.some((held) => held.value === token.value),
  )
  if (meta.response && fresh) return <ClaimsList token={fresh} nowMs={step.clock.at} />
  const exchange =
    meta.response && step.exchanges.length === 0 ? previous?.exchanges[0] : step.exchanges[0]
  if (exchange) return <RawHttp exchange={exchange} half={meta.response ? 'response' : 'request'} />
  return (
    <dl className="space-y-[0.6em]">
      {step.facts.slice(0, 5).map((fact) => (
        <div key={fact.label}>
          <dt className="text-[0.8em] font-semibold text-slate-700">{fact.label}</dt>
          <dd className="font-mono text-[1em] break-all text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The windows scaled to fill the panel: larger on a big screen, smaller rather than cut off on a small one. */
function FittedWindows({ children }: { children: ReactNode }) {
  const { box, content, zoom } = useFitZoom()
  return (
    <div ref={box} className="h-full overflow-hidden">
      <div ref={content} className="space-y-2" style={{ zoom }}>
        {children}
      </div>
    </div>
  )
}
