/** A black screen, so the room looks at the speaker (B or .; the same key brings the flow back). */
export function BlankScreen({ onReturn }: { onReturn(): void }) {
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="Blank screen"
      className="fixed inset-0 z-50 flex items-end justify-end bg-black p-4"
    >
      <button
        type="button"
        autoFocus
        onClick={onReturn}
        className="rounded-md border border-slate-700 px-3 py-1 text-sm text-slate-400 focus-visible:text-white"
      >
        Back to the flow (B)
      </button>
    </div>
  )
}
