import { lazy, Suspense, use } from 'react'
import { useParams } from 'react-router'
import type { FlowModule } from '../flows/kit/flow-module'
import { findFlow, type FlowEntry } from '../flows/registry'
import { afterFirstPaint } from '../shared/after-first-paint'
import { PlayerLoading } from '../shared/page-loading'
import { loadOnce } from './load-once'
import { NotFoundPage } from './not-found-page'

const playerCode = loadOnce<typeof import('../features/flow-player/flow-player-page')>()

/**
 * The player's code (React Flow, XState), asked for once the page has painted its heading
 * (PlayerLoading), so it never competes with it. The lab's code comes in beside it, not after it;
 * should the lab's fail to arrive, the player's own import fails too and the route says so.
 */
const loadPlayerCode = () =>
  playerCode('player', async () => {
    await afterFirstPaint()
    void import('../shared/app-lab').then(
      ({ loadAppLab }) => loadAppLab(),
      () => undefined,
    )
    return import('../features/flow-player/flow-player-page')
  })

const FlowPlayerPage = lazy(async () => ({ default: (await loadPlayerCode()).FlowPlayerPage }))

const flowModules = loadOnce<FlowModule>()

/** The flow's module and the player's code, asked for together (not one after the other). */
function loadFlowAndPlayer(entry: FlowEntry): Promise<FlowModule> {
  return flowModules(entry.summary.id, async () => {
    await afterFirstPaint()
    const [flow] = await Promise.all([entry.load(), loadPlayerCode()])
    return flow
  })
}

function LoadedFlowPlayer({ entry }: { entry: FlowEntry }) {
  return <FlowPlayerPage flow={use(loadFlowAndPlayer(entry))} />
}

/**
 * /flows/:flowId. An unknown flow id is a 404 before any player code loads. While a known flow's
 * code loads, the page shows the flow's title where the player puts it (from the catalogue's
 * summary, already loaded), so the first paint has the page's real heading. The boundary is keyed
 * by the flow: another flow shows its own loading state, never the last flow's player meanwhile.
 */
export function FlowRoute() {
  const entry = findFlow(useParams().flowId)
  if (!entry) return <NotFoundPage what="There is no such flow" />
  return (
    <Suspense
      key={entry.summary.id}
      fallback={<PlayerLoading title={entry.summary.title} status="Loading the flow player…" />}
    >
      <LoadedFlowPlayer entry={entry} />
    </Suspense>
  )
}

const speakerCode = loadOnce<typeof import('../features/flow-player/speaker/speaker-page')>()
const loadSpeakerCode = () =>
  speakerCode('speaker', () => import('../features/flow-player/speaker/speaker-page'))
const SpeakerPage = lazy(async () => ({ default: (await loadSpeakerCode()).SpeakerPage }))

function LoadedSpeakerPage({ entry }: { entry: FlowEntry }) {
  const flow = use(
    flowModules(`${entry.summary.id} (speaker)`, async () => {
      const [flow] = await Promise.all([entry.load(), loadSpeakerCode()])
      return flow
    }),
  )
  return <SpeakerPage flow={flow} />
}

/** /flows/:flowId/speaker: the speaker view, opened by the player's S key in a second window. */
export function SpeakerRoute() {
  const entry = findFlow(useParams().flowId)
  if (!entry) return <NotFoundPage what="There is no such flow" />
  return (
    <Suspense
      key={entry.summary.id}
      fallback={<PlayerLoading title={entry.summary.title} status="Loading the speaker view…" />}
    >
      <LoadedSpeakerPage entry={entry} />
    </Suspense>
  )
}
