import { lazy, Suspense, use, type ComponentType } from 'react'
import { useParams } from 'react-router'
import type { FlowModule } from '../flows/kit/flow-module'
import { findFlow, type FlowEntry } from '../flows/registry'
import { afterFirstPaint } from '../shared/after-first-paint'
import { PlayerLoading } from '../shared/page-loading'
import { loadOnce } from './load-once'
import { NotFoundPage } from './not-found-page'
import { preloadLab } from './preload-lab'

type FlowPage = ComponentType<{ flow: FlowModule }>

const flowModules = loadOnce<FlowModule>()

/**
 * A route that shows one flow's page (the player, the speaker view). An unknown flow id is a 404
 * before any of its code loads. While a known flow's code loads, the page shows the flow's title
 * where the player puts it (from the catalogue's summary, already loaded), so the first paint has
 * the page's real heading; the page's code and the flow's module are asked for once that heading
 * is painted, together rather than one after the other. The boundary is keyed by the flow: another
 * flow shows its own loading state, never the last flow's page meanwhile.
 */
function flowPageRoute(page: string, status: string, loadPage: () => Promise<FlowPage>) {
  const pageCode = loadOnce<FlowPage>()
  const loadCode = () => pageCode(page, loadPage)
  const Page = lazy(async () => ({ default: await loadCode() }))

  function LoadedPage({ entry }: { entry: FlowEntry }) {
    const flow = use(
      flowModules(`${entry.summary.id} ${page}`, async () => {
        await afterFirstPaint()
        const [flow] = await Promise.all([entry.load(), loadCode()])
        return flow
      }),
    )
    return <Page flow={flow} />
  }

  return function FlowPageRoute() {
    const entry = findFlow(useParams().flowId)
    if (!entry) return <NotFoundPage what="There is no such flow" />
    return (
      <Suspense
        key={entry.summary.id}
        fallback={<PlayerLoading title={entry.summary.title} status={status} />}
      >
        <LoadedPage entry={entry} />
      </Suspense>
    )
  }
}

/**
 * /flows/:flowId: the player (React Flow, XState). The lab's code (the in-page servers, jose)
 * comes in beside it, not after it; should it fail to arrive, the player's own import fails too
 * and the route says so.
 */
export const FlowRoute = flowPageRoute('player', 'Loading the flow player…', async () => {
  preloadLab()
  return (await import('../features/flow-player/flow-player-page')).FlowPlayerPage
})

/** /flows/:flowId/speaker: the speaker view, opened by the player's S key in a second window. */
export const SpeakerRoute = flowPageRoute('speaker', 'Loading the speaker view…', async () => {
  return (await import('../features/flow-player/speaker/speaker-page')).SpeakerPage
})
