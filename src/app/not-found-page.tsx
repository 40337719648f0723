import { Link, useLocation } from 'react-router'

/** Shown for any URL the app does not know, and for an unknown flow id. */
export function NotFoundPage({ what }: { what?: string }) {
  const location = useLocation()
  return (
    <section className="mx-auto max-w-2xl px-4 py-16" aria-labelledby="not-found-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-blue-800">404 · Not found</p>
      <h1 id="not-found-title" className="mt-2 text-3xl font-bold">
        {what ?? 'There is no page here'}
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        Nothing in the lab lives at{' '}
        <code className="rounded bg-slate-200 px-1.5 py-0.5 font-mono text-base">
          {location.pathname}
        </code>
        . Check the link, or pick a flow from the catalogue.
      </p>
      <Link
        to="/"
        className="mt-8 inline-block rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
      >
        Go to the flow catalogue
      </Link>
    </section>
  )
}
