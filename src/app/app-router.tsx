import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { RootLayout } from './root-layout'
import { RouteErrorPage } from './route-error-page'
import { NotFoundPage } from './not-found-page'
import { CataloguePage } from '../features/catalogue/catalogue-page'
import { compareRoute } from './compare-route'
import { flowRoute, speakerRoute } from './flow-route'
import { inspectRoute } from './inspect-route'

// Heavy routes (the flow player with React Flow and XState, the token inspector) load lazily so
// that the catalogue's first load stays small.
const router = createBrowserRouter([
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      { index: true, Component: CataloguePage },
      flowRoute,
      speakerRoute,
      inspectRoute,
      compareRoute,
      { path: '*', Component: NotFoundPage },
    ],
  },
])

export function AppRouter() {
  return <RouterProvider router={router} />
}
