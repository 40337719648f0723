import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'
import { afterFirstPaint } from '../shared/after-first-paint'

// Should its code not arrive (offline, never cached), there is simply no offer: the page stays.
const UpdateBanner = lazy((): Promise<{ default: ComponentType }> =>
  import('./update-banner').then(
    (module) => ({ default: module.UpdateBanner }),
    () => ({ default: () => null }),
  ),
)

/** Runs `then` once the page's load event has fired (at once if it has). */
function afterLoad(then: () => void): () => void {
  if (document.readyState === 'complete') {
    then()
    return () => {}
  }
  window.addEventListener('load', then, { once: true })
  return () => window.removeEventListener('load', then)
}

/**
 * The update offer, and with it the service worker's registration (workbox-window), once the page
 * has painted its first frame and loaded: its code is not needed for the first paint (the load
 * event may come before it: React renders the first page in a transition), and the worker's first
 * install fetches every file of the app for the offline copy, which should not compete with the
 * page's own first load on a slow network (Workbox's advice: register after the load event).
 */
export function DeferredUpdateBanner() {
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    let stop = () => {}
    let live = true
    void afterFirstPaint().then(() => {
      if (live) stop = afterLoad(() => setLoaded(true))
    })
    return () => {
      live = false
      stop()
    }
  }, [])
  if (!loaded) return null
  return (
    <Suspense fallback={null}>
      <UpdateBanner />
    </Suspense>
  )
}
