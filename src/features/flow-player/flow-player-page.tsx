import { Suspense, use, useEffect } from 'react'
import { useSearchParams } from 'react-router'
import type { FlowModule } from '../../flows/kit/flow-module'
import { loadAppLab } from '../../shared/app-lab'
import { LAB_LOADING, PlayerLoading } from '../../shared/page-loading'
import { preloadDiagram } from './diagram/flow-diagram'
import { FlowPlayer } from './flow-player'
import { keptFlowSession, keptNotices } from './kept-sessions'
import { readSwitchParam } from './switch-param'

/**
 * The page at /flows/:flowId: the flow's title and a status while the lab loads (or comes back
 * from the run the tab saved before a reload), then the player, with a notice when a saved run
 * could not be restored.
 */
export function FlowPlayerPage({ flow }: { flow: FlowModule }) {
  // The diagram's code (React Flow) comes in while the lab loads, not after it.
  useEffect(preloadDiagram, [])
  return (
    <Suspense fallback={<PlayerLoading title={flow.summary.title} status={LAB_LOADING} />}>
      <PlayerOverAppLab flow={flow} />
    </Suspense>
  )
}

function PlayerOverAppLab({ flow }: { flow: FlowModule }) {
  const lab = use(loadAppLab())
  const [params] = useSearchParams()
  // The session is made (or restored) before the player asks for it, so its notices are known;
  // a link's ?switches= is its first run's (useFlowSession then finds this session kept).
  const switches = readSwitchParam(params.get('switches'), flow.switches ?? [])
  const notices = keptNotices(keptFlowSession(flow, lab, switches))
  return (
    <>
      {notices.map((notice) => (
        <p
          key={notice}
          role="status"
          className="mx-auto mt-3 max-w-screen-2xl rounded-md border border-amber-700 bg-amber-50 px-4 py-2 text-base text-amber-950 print:hidden"
        >
          {notice}
        </p>
      ))}
      <FlowPlayer key={flow.id} flow={flow} lab={lab} />
    </>
  )
}
