import type { RouteObject } from 'react-router'
import { RouteErrorPage } from './route-error-page'
import { afterFirstPaint } from '../shared/after-first-paint'
import { InspectorLoading } from '../shared/page-loading'

/** The inspector's heading and introduction at first paint, while its code loads. */
function InspectLoading() {
  return <InspectorLoading status="Loading the token inspector…" />
}

/**
 * /inspect. The inspector (jose, the lab's servers) loads lazily, once the first paint has shown
 * its heading; if its code cannot arrive (say, offline before the lab was saved), the error shows
 * inside the app's layout.
 */
export const inspectRoute: RouteObject = {
  path: 'inspect',
  ErrorBoundary: RouteErrorPage,
  HydrateFallback: InspectLoading,
  lazy: async () => {
    await afterFirstPaint()
    return { Component: (await import('../features/token-inspector/inspect-page')).InspectPage }
  },
}
