import { lazy, Suspense, useId, useMemo, useRef } from 'react'
import type { FlowStage } from '../../../flows/kit/flow-module'
import { ROLE_NAMES, type RoleId } from '../../../protocol/roles'
import { diagramHeight, fitViewport, layoutFor } from './diagram-layout'
import { diagramModel, type DiagramStep } from './diagram-model'
import { useElementWidth } from './use-element-width'
import { usePrefersReducedMotion } from './use-prefers-reduced-motion'

const loadCanvas = () => import('./diagram-canvas')
const DiagramCanvas = lazy(loadCanvas)

/**
 * Starts loading the drawing's code (React Flow) before the first diagram needs it: the player
 * calls it while the lab loads, so the two arrive side by side.
 */
export function preloadDiagram(): void {
  void loadCanvas().catch(() => undefined)
}

export interface FlowDiagramProps {
  /** The flow's cast, where it stands, and the lines between its members. */
  stage: Pick<FlowStage, 'cast' | 'layout' | 'links'>
  /** The current step's message; undefined before the first step. */
  activeStep?: DiagramStep
  /** Roles that take part in the step without sending or receiving. */
  involvedRoles?: readonly RoleId[]
  /** Overrides the user's prefers-reduced-motion setting (true: no moving packet). */
  reducedMotion?: boolean
  /** What the diagram shows, in words: read by screen readers in place of the drawing. */
  description: string
  /** Container height in px; by default it follows the width. */
  height?: number
}

/**
 * The flow's cast and the current message between them. A static picture: no dragging, panning
 * or zooming, nothing to focus (the drawing is inert); `description` carries its meaning for
 * screen readers.
 */
export function FlowDiagram({
  stage,
  activeStep,
  involvedRoles,
  reducedMotion,
  description,
  height,
}: FlowDiagramProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const width = useElementWidth(containerRef)
  const prefersReducedMotion = usePrefersReducedMotion()
  const calm = reducedMotion ?? prefersReducedMotion
  const model = useMemo(
    () => diagramModel(stage, activeStep, width, { involvedRoles, reducedMotion: calm }),
    [stage, activeStep, width, involvedRoles, calm],
  )
  const layout = useMemo(() => layoutFor(stage, width), [stage, width])
  const boxHeight = height ?? diagramHeight(layout, width)
  const viewport = useMemo(() => fitViewport(layout, width, boxHeight), [layout, width, boxHeight])
  const captionId = useId()
  const nameOf = (role: RoleId) => stage.cast[role]?.name ?? ROLE_NAMES[role]

  return (
    <figure aria-labelledby={captionId} className="m-0">
      <div
        ref={containerRef}
        aria-hidden="true"
        inert
        data-layout={model.layout}
        className="flow-diagram w-full overflow-hidden rounded-xl border border-slate-200 bg-slate-50"
        style={{ height: boxHeight, fontSize: model.fontSize }}
      >
        {width > 0 && (
          // The box keeps its size while the drawing's code arrives: nothing moves (CLS 0).
          <Suspense fallback={null}>
            <DiagramCanvas nodes={model.nodes} edges={model.edges} viewport={viewport} />
          </Suspense>
        )}
      </div>
      {model.layout === 'compact' && activeStep && activeStep.from !== activeStep.to && (
        // The phone's grid leaves no room for a label beside its lines: it is told here instead.
        <p
          aria-hidden="true"
          className="mt-1 flex flex-wrap items-baseline gap-x-2 rounded-lg border-2 border-slate-900 bg-white px-3 py-1"
        >
          <span className="font-mono text-base font-bold text-slate-900">{activeStep.label}</span>
          <span className="text-sm text-slate-700">
            {nameOf(activeStep.from)} → {nameOf(activeStep.to)}
          </span>
        </p>
      )}
      <figcaption id={captionId} className="sr-only">
        {description}
      </figcaption>
    </figure>
  )
}
