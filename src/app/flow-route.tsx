import {
  data,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router'
import { findFlow } from '../flows/registry'
import { NotFoundPage } from './not-found-page'
import { RouteErrorPage } from './route-error-page'
import { RouteLoading } from './route-loading'

/** An unknown flow id is a 404 before any player code loads; a known one loads its own chunk. */
async function flowLoader({ params }: LoaderFunctionArgs) {
  const entry = findFlow(params.flowId)
  if (!entry) throw data(`There is no flow called “${params.flowId ?? ''}”.`, { status: 404 })
  return { flow: await entry.load() }
}

/** Inside the app's layout: a 404 shows the not-found page, anything else the error page. */
function FlowRouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundPage what="There is no such flow" />
  return <RouteErrorPage />
}

/** Shown while the player's code loads on a first visit straight to a flow. */
function FlowLoading() {
  return <RouteLoading what="the flow player" />
}

/**
 * /flows/:flowId. The player (React Flow, XState, the in-page servers) and each flow module load
 * lazily, so the catalogue's first load stays small.
 */
export const flowRoute: RouteObject = {
  path: 'flows/:flowId',
  loader: flowLoader,
  ErrorBoundary: FlowRouteError,
  HydrateFallback: FlowLoading,
  lazy: async () => {
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
