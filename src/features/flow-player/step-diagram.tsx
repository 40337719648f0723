import { useMemo } from 'react'
import type { SessionStep } from '../../flows/flow-session'
import { FlowDiagram } from './diagram/flow-diagram'
import { describeStep, type DiagramStep } from './diagram/diagram-model'

/** The diagram for one recorded step: its message from sender to receiver, the roles involved, in words for screen readers. */
export function StepDiagram({ step }: { step: SessionStep; steps: readonly SessionStep[] }) {
  const { from, to, channel, label, involved } = step.meta
  const active = useMemo<DiagramStep>(() => ({ from, to, channel, label }), [from, to, channel, label])
  return <FlowDiagram activeStep={active} involvedRoles={involved} description={describeStep(active)} />
}
