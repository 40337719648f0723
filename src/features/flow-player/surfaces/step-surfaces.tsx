import { memo } from 'react'
import type { LearnerEvent, Surface } from '../../../flows/kit/flow-module'
import type { SessionStep } from '../../../flows/flow-session'
import { BrowserWindow } from './browser-window'
import { DeviceScreen } from './device-screen'

export interface StepSurfacesProps {
  surfaces: readonly Surface[]
  step: SessionStep
  /** The step on screen is in the recorded past: pages are locked, nothing takes input. */
  past: boolean
  onEvent(event: LearnerEvent): void
  onTyped(surface: string, fields: Record<string, string>): void
}

/** The flow's windows beside the diagram; each is lit while its role takes part in the step. */
export const StepSurfaces = memo(function StepSurfaces({
  surfaces,
  step,
  past,
  onEvent,
  onTyped,
}: StepSurfacesProps) {
  const { from, to, involved = [] } = step.meta
  const takesPart = (surface: Surface) => [from, to, ...involved].includes(surface.role)
  return (
    <>
      {surfaces.map((surface) =>
        surface.kind === 'browser' ? (
          <BrowserWindow
            key={surface.id}
            surface={surface.id}
            title={surface.title}
            page={step.pages[surface.id] ?? null}
            active={takesPart(surface)}
            form={step.accepts.form?.surface === surface.id ? step.accepts.form : undefined}
            past={past}
            onEvent={onEvent}
            onTyped={onTyped}
          />
        ) : (
          <DeviceScreen
            key={surface.id}
            title={surface.title}
            view={step.screens[surface.id]}
            active={takesPart(surface)}
          />
        ),
      )}
    </>
  )
})
