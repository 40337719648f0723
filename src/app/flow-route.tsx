import {
  data,
  isRouteErrorResponse,
  useLoaderData,
  useParams,
  useRouteError,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router'
import { findFlow } from '../flows/registry'
import { afterFirstPaint } from '../shared/after-first-paint'
import { PlayerLoading } from '../shared/page-loading'
import { NotFoundPage } from './not-found-page'
import { RouteErrorPage } from './route-error-page'
import { RouteLoading } from './route-loading'

/**
 * An unknown flow id is a 404 before any player code loads; a known one loads its own chunk, once
 * the page has painted its heading (FlowLoading).
 */
async function flowLoader({ params }: LoaderFunctionArgs) {
  const entry = findFlow(params.flowId)
  if (!entry) throw data(`There is no flow called “${params.flowId ?? ''}”.`, { status: 404 })
  await afterFirstPaint()
  return { flow: await entry.load() }
}

/**
 * The loader depends on the flow id only: a step change (?step=, replaced on every step) or a
 * switch (?switches=) must not run it again. Running it put the router in its loading state on
 * every step, which re-rendered the page and showed 'Loading…' in the header for a moment (on a
 * phone, a row of its own: the page jumped down and back, a layout shift per step).
 */
function sameFlowId({
  currentParams,
  nextParams,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  return currentParams.flowId !== nextParams.flowId && defaultShouldRevalidate
}

/** Inside the app's layout: a 404 shows the not-found page, anything else the error page. */
function FlowRouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage what="There is no such flow" />
  return <RouteErrorPage />
}

/**
 * Shown while the player's code loads on a first visit straight to a flow: the flow's title from
 * its summary (the catalogue's, already loaded) where the player puts it, so the first paint has
 * the page's real heading while the player, the flow module and the lab are on their way.
 */
function FlowLoading() {
  const summary = findFlow(useParams().flowId)?.summary
  if (!summary) return <RouteLoading what="the flow player" />
  return <PlayerLoading title={summary.title} status="Loading the flow player…" />
}

/**
 * /flows/:flowId. The player (React Flow, XState, the in-page servers) and each flow module load
 * lazily, so the catalogue's first load stays small.
 */
export const flowRoute: RouteObject = {
  path: 'flows/:flowId',
  loader: flowLoader,
  shouldRevalidate: sameFlowId,
  ErrorBoundary: FlowRouteError,
  HydrateFallback: FlowLoading,
  lazy: async () => {
    await afterFirstPaint()
    // The lab's code comes in beside the player's, not after it.
    // Should it fail to arrive, the player's own import fails too and the route says so.
    void import('../shared/app-lab').then(
      ({ loadAppLab }) => loadAppLab(),
      () => undefined,
    )
    const { FlowPlayerPage } = await import('../features/flow-player/flow-player-page')
    return {
      Component: function FlowRoutePage() {
        const { flow } = useLoaderData<typeof flowLoader>()
        return <FlowPlayerPage flow={flow} />
      },
    }
  },
}

/** /flows/:flowId/speaker: the speaker view, opened by the player's S key in a second window. */
export const speakerRoute: RouteObject = {
  path: 'flows/:flowId/speaker',
  loader: flowLoader,
  shouldRevalidate: sameFlowId,
  ErrorBoundary: FlowRouteError,
  HydrateFallback: FlowLoading,
  lazy: async () => {
    const { SpeakerPage } = await import('../features/flow-player/speaker/speaker-page')
    return {
      Component: function SpeakerRoutePage() {
        const { flow } = useLoaderData<typeof flowLoader>()
        return <SpeakerPage flow={flow} />
      },
    }
  },
}
