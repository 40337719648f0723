import type { FlowModule } from '../../flows/kit/flow-module'
import { getAppLab } from '../../shared/app-lab'
import { FlowPlayer } from './flow-player'

/** The page at /flows/:flowId, for the flow module the route's loader found and loaded. */
export function FlowPlayerPage({ flow }: { flow: FlowModule }) {
  return <FlowPlayer key={flow.id} flow={flow} lab={getAppLab()} />
}
