/** What a lazy route shows while its code loads on a first visit straight to it. */
export function RouteLoading({ what }: { what: string }) {
  return (
    <p role="status" className="mx-auto max-w-screen-2xl px-4 py-10 text-lg text-slate-800">
      Loading {what}…
    </p>
  )
}
