/**
 * Jumps to a section of the page. Buttons, not #links: the fragment of this page carries the token,
 * so an in-page anchor would replace it.
 */
export function PageNav({ sections }: { sections: readonly string[] }) {
  const jump = (title: string) => {
    const heading = document.getElementById(sectionHeadingId(title))
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus({ preventScroll: true })
  }
  return (
    <nav aria-label="On this page" className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      <span className="mr-1 text-slate-700">On this page:</span>
      {sections.map((title) => (
        <button
          key={title}
          type="button"
          onClick={() => jump(title)}
          className="rounded px-2 py-0.5 font-semibold text-blue-800 underline decoration-blue-300 underline-offset-2 hover:bg-blue-50"
        >
          {title}
        </button>
      ))}
    </nav>
  )
}

export function sectionHeadingId(title: string): string {
  return `section-${title.toLowerCase().replace(/\W+/g, '-')}`
}
