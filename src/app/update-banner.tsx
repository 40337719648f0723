import { useRegisterSW } from 'virtual:pwa-register/react'

/** A tab may stay open for hours: look for a new version this often (when online). */
const UPDATE_CHECK_MS = 60 * 60 * 1000

function checkForUpdates(_url: string, registration: ServiceWorkerRegistration | undefined) {
  if (!registration) return
  setInterval(() => {
    if (navigator.onLine) void registration.update().catch(() => undefined)
  }, UPDATE_CHECK_MS)
}

/**
 * Activates the waiting version and reloads once it controls the page. workbox-window reloads by
 * itself only when the page was already controlled at load; a first visit that later finds an
 * update needs this listener.
 */
function reloadIntoNewVersion(updateServiceWorker: () => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  void updateServiceWorker()
}

/**
 * Offers a new version of the lab once its service worker has installed. The new version waits
 * (registerType 'prompt'): nothing is swapped under a running flow; the learner chooses when to
 * reload. The live region is always in the page, so the offer is announced when it appears. On a
 * phone it sits at the top: the flow player's controls are fixed to the bottom there.
 */
export function UpdateBanner() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ onRegisteredSW: checkForUpdates })
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 flex justify-center p-3 sm:top-auto sm:bottom-0"
    >
      {needRefresh && (
        <div className="pointer-events-auto flex max-w-xl flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-blue-300 bg-white px-4 py-3 text-slate-900 shadow-lg">
          <p className="min-w-0 flex-1">
            <span className="font-semibold">A new version is ready — Reload</span>
            <span className="block text-sm text-slate-700">
              Reloading starts the new version. A flow in progress comes back at its step when the
              new version can read the run this tab saved; otherwise it starts again.
            </span>
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => reloadIntoNewVersion(updateServiceWorker)}
              className="rounded-md bg-blue-800 px-3 py-1.5 font-semibold text-white hover:bg-blue-900"
            >
              Reload
            </button>
            <button
              type="button"
              onClick={() => setNeedRefresh(false)}
              className="rounded-md border border-slate-400 px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100"
            >
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
