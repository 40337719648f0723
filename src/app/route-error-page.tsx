import { Link } from 'react-router'
import { clearSavedRun } from '../shared/saved-run'
import { isServedOffline, useOnline } from './use-online'

/** A lazy route's code did not arrive: Chromium, Firefox and Safari word it differently. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(
      error.message,
    )
  )
}

/**
 * What the app's error boundary shows (RouteBoundary): whatever broke, the learner sees what happened and a way back. It
 * suggests a reload only when one can work: online, or offline with the service worker's copy.
 */
export function RouteErrorPage({ error }: { error: unknown }) {
  const online = useOnline()
  const canReload = online || isServedOffline()
  const missingCode = isChunkLoadError(error)
  const detail = error instanceof Error ? error.message : String(error)
  return (
    <section role="alert" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">
        {missingCode && !canReload
          ? 'This page is not saved for offline use yet'
          : 'Something broke on this page'}
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        {!canReload
          ? 'You are offline, and this part of the lab has not been downloaded to this device: the lab saves itself for offline use during a first visit online. Reconnect, and a reload button appears here.'
          : missingCode
            ? 'Part of the lab’s code did not load. Reloading fetches it again; a flow in progress comes back at its step.'
            : 'The lab hit an error it did not expect. Reloading the page starts the lab afresh: the run this tab saved is dropped, in case it is what broke.'}
      </p>
      <pre className="mt-6 overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-sm text-rose-200">
        {detail}
      </pre>
      <div className="mt-8 flex gap-4">
        {canReload && (
          <button
            type="button"
            onClick={() => {
              if (!missingCode) clearSavedRun()
              window.location.reload()
            }}
            className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Reload the page
          </button>
        )}
        <Link
          to="/"
          className="rounded-md border border-blue-800 px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50"
        >
          Go to the flow catalogue
        </Link>
      </div>
    </section>
  )
}
