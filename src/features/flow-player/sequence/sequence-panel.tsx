import { useMemo, useRef, useState } from 'react'
import type { FlowModule } from '../../../flows/kit/flow-module'
import type { TimelineItem } from '../timeline'
import { SequenceDiagram } from './sequence-diagram'
import { download, pngDataUrl, svgDataUrl } from './sequence-export'
import { sequenceModel, toMermaid } from './sequence-model'

const BUTTON =
  'rounded-md border border-blue-800 bg-white px-3 py-1.5 text-base font-semibold text-blue-900 hover:bg-blue-50'

/** The sequence view with its exports: Mermaid text to copy, SVG and PNG files, a printed handout. */
export function SequencePanel({
  flow,
  items,
  onPrint,
  exports = true,
  className,
}: {
  flow: FlowModule
  items: readonly TimelineItem[]
  onPrint?(): void
  exports?: boolean
  className?: string
}) {
  const svg = useRef<SVGSVGElement>(null)
  const [status, setStatus] = useState('')
  const model = useMemo(
    () => sequenceModel(flow.stage, items, (item) => flow.steps[item.stepId]),
    [flow, items],
  )
  const mermaid = useMemo(() => toMermaid(flow.summary.title, model), [flow, model])
  const file = flow.id

  return (
    <section
      aria-label="Sequence view"
      className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
    >
      <SequenceDiagram
        ref={svg}
        title={flow.summary.title}
        model={model}
        className={className ?? 'h-auto w-full'}
      />
      {exports && (
        <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
          <button
            type="button"
            className={BUTTON}
            onClick={() =>
              navigator.clipboard.writeText(mermaid).then(
                () => setStatus('Mermaid text copied.'),
                () => setStatus('The browser would not copy; select the text below instead.'),
              )
            }
          >
            Copy as Mermaid
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => svg.current && download(svgDataUrl(svg.current), `${file}.svg`)}
          >
            Download SVG
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              if (svg.current)
                void pngDataUrl(svg.current).then(
                  (png) => download(png, `${file}.png`),
                  (error: unknown) =>
                    setStatus(`No PNG: ${error instanceof Error ? error.message : String(error)}`),
                )
            }}
          >
            Download PNG
          </button>
          {onPrint && (
            <button type="button" className={BUTTON} onClick={onPrint}>
              Print handout
            </button>
          )}
          <p role="status" className="text-base text-slate-800">
            {status}
          </p>
        </div>
      )}
      {exports && (
        <details className="mt-2 print:hidden">
          <summary className="cursor-pointer text-base text-slate-800">Mermaid text</summary>
          <textarea
            readOnly
            aria-label="Mermaid sequenceDiagram text"
            value={mermaid}
            rows={Math.min(20, mermaid.split('\n').length)}
            className="mt-1 w-full rounded border border-slate-300 p-2 font-mono text-sm"
          />
        </details>
      )}
    </section>
  )
}
