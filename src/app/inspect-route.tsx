import type { RouteObject } from 'react-router'
import { RouteErrorPage } from './route-error-page'
import { RouteLoading } from './route-loading'

function InspectLoading() {
  return <RouteLoading what="the token inspector" />
}

/**
 * /inspect. The inspector (jose, the lab's servers) loads lazily; if its code cannot arrive (say,
 * offline before the lab was saved), the error shows inside the app's layout.
 */
export const inspectRoute: RouteObject = {
  path: 'inspect',
  ErrorBoundary: RouteErrorPage,
  HydrateFallback: InspectLoading,
  lazy: async () => ({
    Component: (await import('../features/token-inspector/inspect-page')).InspectPage,
  }),
}
