import type { FlowModule } from '../../flows/kit/flow-module'
import {
  AtAGlance,
  BrowserHistory,
  ComparisonSection,
  PartySecrets,
  StepList,
  TokenTravel,
} from './comparison-sections'
import { FlowPicker } from './flow-picker'
import { useComparisonRuns } from './use-comparison-runs'

export interface ComparePageProps {
  a: string
  b: string
  /** The two flows' modules, or null when the choice cannot be compared. */
  flows: readonly FlowModule[] | null
  /** Why the choice cannot be compared, in a sentence. */
  problem?: string
}

/** /compare?a=…&b=…: two flows side by side, each run for real against the lab's servers. */
export function ComparePage({ a, b, flows, problem }: ComparePageProps) {
  return (
    <div className="mx-auto max-w-screen-2xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Compare two flows</h1>
      <p className="mt-3 max-w-4xl text-lg text-slate-700">
        Both flows run here from start to end against the lab’s real servers, each in a fresh lab of
        its own. Everything below is read from what they sent: the steps, where each code and token
        travelled, who held which secret, and what the browser’s history kept.
      </p>
      <FlowPicker key={`picker:${a}|${b}`} a={a} b={b} />
      {problem || !flows ? (
        <p
          role="alert"
          className="mt-6 rounded-md border border-rose-700 bg-rose-50 px-4 py-3 text-base text-rose-950"
        >
          {problem ?? 'Pick two flows to compare.'}
        </p>
      ) : (
        <ComparisonResults key={`results:${a}|${b}`} flows={flows} />
      )}
    </div>
  )
}

function ComparisonResults({ flows }: { flows: readonly FlowModule[] }) {
  const runs = useComparisonRuns(flows)
  if (runs.status === 'running')
    return (
      <p role="status" className="mt-6 text-lg text-slate-800">
        Running both flows against the lab’s servers…
      </p>
    )
  if (runs.status === 'error')
    return (
      <p
        role="alert"
        className="mt-6 rounded-md border border-rose-700 bg-rose-50 px-4 py-3 text-base text-rose-950"
      >
        A flow stopped before its end: {runs.message}
      </p>
    )
  const { compared } = runs
  return (
    <>
      <p role="status" className="sr-only">
        Both flows ran to their end; the comparison is below.
      </p>
      <ComparisonSection title="At a glance" compared={compared}>
        {(flow) => <AtAGlance flow={flow} />}
      </ComparisonSection>
      <ComparisonSection title="Where codes and tokens travel" compared={compared}>
        {(flow) => <TokenTravel flow={flow} />}
      </ComparisonSection>
      <ComparisonSection title="Which secrets each party holds" compared={compared}>
        {(flow) => <PartySecrets flow={flow} />}
      </ComparisonSection>
      <ComparisonSection
        title="What an attacker who reads the browser history gets"
        compared={compared}
      >
        {(flow) => <BrowserHistory flow={flow} />}
      </ComparisonSection>
      <ComparisonSection title="The steps" compared={compared}>
        {(flow) => <StepList flow={flow} />}
      </ComparisonSection>
    </>
  )
}
