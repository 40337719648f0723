/**
 * What a page shows while its code or the lab loads: its real heading, where the page will put it,
 * and a status that says what is coming. The route shows it before the page's code has arrived and
 * the page shows the same while it waits for the lab, so the first paint has the heading and
 * nothing moves when the page takes its place.
 */

/** The flow player's header bar with the flow's title (the player's own classes). */
export function PlayerLoading({ title, status }: { title: string; status: string }) {
  return (
    <div className="mx-auto max-w-screen-2xl px-3 pb-24 sm:px-4 sm:pb-12">
      <div className="-mx-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50 px-3 py-3 sm:-mx-4 sm:px-4">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {title}
        </h1>
      </div>
      <p
        role="status"
        className="mt-6 rounded-xl border border-slate-200 bg-white p-6 text-lg text-slate-800 shadow-sm"
      >
        {status}
      </p>
    </div>
  )
}

/** The token inspector's heading and introduction. */
export function InspectorLoading({ status }: { status: string }) {
  return (
    <div className="mx-auto max-w-screen-xl space-y-6 px-4 py-8 wrap-anywhere">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Token inspector</h1>
        <p className="max-w-3xl text-lg text-slate-700">{INSPECTOR_INTRODUCTION}</p>
      </header>
      <p role="status" className="text-lg text-slate-800">
        {status}
      </p>
    </div>
  )
}

export const INSPECTOR_INTRODUCTION =
  'Paste any token to see what it says, whether it is valid and exactly why not, how it compares with the request that produced it, and what a resource server does with a forged one.'

/** The status while the lab's servers load, or come back from the tab's saved run. */
export const LAB_LOADING = 'Starting the lab: loading its servers and keys…'
