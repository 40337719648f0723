import { Link, isRouteErrorResponse, useRouteError } from 'react-router'

/** The app's error boundary: whatever broke, the learner sees what happened and a way back. */
export function RouteErrorPage() {
  const error = useRouteError()
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error)
  return (
    <section role="alert" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">Something broke on this page</h1>
      <p className="mt-4 text-lg text-slate-700">
        The lab hit an error it did not expect. Reloading the page starts the flow again with fresh
        servers; nothing is stored anywhere else.
      </p>
      <pre className="mt-6 overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-sm text-rose-200">
        {detail}
      </pre>
      <div className="mt-8 flex gap-4">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
        >
          Reload the page
        </button>
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
