import { memo, useMemo } from 'react'
import type { FlowStage } from '../../flows/kit/flow-module'
import type { SessionStep } from '../../flows/flow-session'
import { FlowDiagram } from './diagram/flow-diagram'
import { describeStep, type DiagramStep } from './diagram/diagram-model'

export interface StepDiagramProps {
  stage: FlowStage
  step: SessionStep
  /** How many steps the flow has, for "Step 3 of 11." in the description. */
  total: number
  /** Container height in px (the presenter layout's); by default it follows the width. */
  height?: number
}

/** The diagram for one recorded step: its message from sender to receiver, the roles involved, in words for screen readers. */
export const StepDiagram = memo(function StepDiagram({
  stage,
  step,
  total,
  height,
}: StepDiagramProps) {
  const { from, to, channel, label, involved } = step.meta
  const active = useMemo<DiagramStep>(
    () => ({ from, to, channel, label }),
    [from, to, channel, label],
  )
  const description = describeStep(stage.cast, active, {
    number: step.index + 1,
    total,
    involvedRoles: involved,
  })
  return (
    <FlowDiagram
      stage={stage}
      activeStep={active}
      involvedRoles={involved}
      description={description}
      height={height}
    />
  )
})
