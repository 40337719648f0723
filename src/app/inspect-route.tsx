import { lazy, Suspense } from 'react'
import { afterFirstPaint } from '../shared/after-first-paint'
import { InspectorLoading } from '../shared/page-loading'
import { preloadLab } from './preload-lab'

/** The inspector's code (jose, the lab's servers), asked for once its heading is painted. */
const InspectPage = lazy(async () => {
  await afterFirstPaint()
  preloadLab()
  return { default: (await import('../features/token-inspector/inspect-page')).InspectPage }
})

/**
 * /inspect: the inspector's heading and introduction at first paint, while its code loads; if the
 * code cannot arrive (say, offline before the lab was saved), the layout's boundary says so.
 */
export function InspectRoute() {
  return (
    <Suspense fallback={<InspectorLoading status="Loading the token inspector…" />}>
      <InspectPage />
    </Suspense>
  )
}
