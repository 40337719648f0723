import { BrowserRouter, Route, Routes } from 'react-router'
import { CataloguePage } from '../features/catalogue/catalogue-page'
import { CompareRoute } from './compare-route'
import { FlowRoute, SpeakerRoute } from './flow-route'
import { InspectRoute } from './inspect-route'
import { NotFoundPage } from './not-found-page'
import { RootLayout } from './root-layout'
import { RouteBoundary } from './route-boundary'

/**
 * The app's routes. A declarative router (history and matching) rather than React Router's data
 * router: the app has no loaders or actions to run, and the data router adds about 18 kB of gzip
 * JavaScript to every route's first load. Heavy pages (the flow player with React Flow and
 * XState, the token inspector, the comparison) load lazily inside their route, each behind a
 * Suspense boundary that shows what is coming (the player and the inspector: their heading).
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      {/* Should the layout itself break, the error page still shows. */}
      <RouteBoundary>
        <Routes>
          <Route path="/" element={<RootLayout />}>
            <Route index element={<CataloguePage />} />
            <Route path="flows/:flowId" element={<FlowRoute />} />
            <Route path="flows/:flowId/speaker" element={<SpeakerRoute />} />
            <Route path="inspect" element={<InspectRoute />} />
            <Route path="compare" element={<CompareRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </RouteBoundary>
    </BrowserRouter>
  )
}
