import type { FlowModule } from '../../../flows/kit/flow-module'
import type { SessionStep } from '../../../flows/flow-session'
import type { TimelineItem } from '../timeline'
import { RawHttp } from '../presenter/raw-http'
import { SequencePanel } from './sequence-panel'

/**
 * A printable handout of one flow: its sequence picture, then every step with its narration, its
 * spec section and the request it recorded (steps not run yet say so). Shown only when printing.
 */
export function Handout({
  flow,
  items,
  steps,
}: {
  flow: FlowModule
  items: readonly TimelineItem[]
  steps: readonly SessionStep[]
}) {
  return (
    <article aria-label="Handout" className="hidden text-[11pt] text-black print:block">
      <h1 className="text-[20pt] font-bold">{flow.summary.title}</h1>
      <p className="mt-1">{flow.summary.summary}</p>
      <p className="mt-1 text-[9pt]">{flow.summary.specs.join(' · ')} · OAuth Flow Lab</p>
      <div className="mt-3 break-inside-avoid">
        <SequencePanel flow={flow} items={items} exports={false} />
      </div>
      <ol className="mt-4 space-y-4">
        {items.map((item) => {
          const meta = flow.steps[item.stepId]
          const step = steps[item.number - 1]
          const exchange = step?.exchanges[0]
          if (!meta) return null
          return (
            <li key={`${item.number}-${item.stepId}`} className="break-inside-avoid">
              <h2 className="text-[13pt] font-bold">
                {item.number}. {meta.title}
              </h2>
              <p className="text-[9pt] font-semibold">
                {meta.label} · {meta.specRef}
              </p>
              <p className="mt-1">{meta.narration}</p>
              {exchange ? (
                <div className="mt-1 text-[8pt]">
                  <RawHttp exchange={exchange} half="request" />
                </div>
              ) : (
                !step && <p className="mt-1 text-[9pt] italic">Not run yet in this session.</p>
              )}
            </li>
          )
        })}
      </ol>
    </article>
  )
}
