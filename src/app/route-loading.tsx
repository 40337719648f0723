/** What a lazy page without a heading of its own shows while its code (or its flows) load. */
export function RouteLoading({ what }: { what: string }) {
  return (
    <p role="status" className="mx-auto max-w-screen-2xl px-4 py-10 text-lg text-slate-800">
      Loading {what}…
    </p>
  )
}
