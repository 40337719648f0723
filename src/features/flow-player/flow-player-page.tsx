import { data, useParams } from 'react-router'
import { findFlow } from '../../flows/catalogue'
import { flowDefinition } from '../../flows/flow-registry'
import { getAppLab } from '../../shared/app-lab'
import { FlowPlayer } from './flow-player'

/**
 * The page at /flows/:flowId. The route's loader (in app/) already sent unknown ids to the
 * not-found page; should one slip through, the same 404 goes to the route's error boundary.
 */
export function FlowPlayerPage() {
  const { flowId = '' } = useParams()
  const summary = findFlow(flowId)
  const flow = flowDefinition(flowId)
  if (!summary || !flow) throw data(`There is no flow called “${flowId}”.`, { status: 404 })
  return <FlowPlayer key={flow.id} flow={flow} title={summary.title} lab={getAppLab()} />
}
