import { lazy, Suspense, use } from 'react'
import { useSearchParams } from 'react-router'
import type { FlowModule } from '../flows/kit/flow-module'
import { COMPARISON_PRESETS } from '../flows/flow-guide'
import { findFlow } from '../flows/registry'
import { loadOnce } from './load-once'
import { RouteLoading } from './route-loading'

const ComparePage = lazy(async () => ({
  default: (await import('../features/flow-comparison/compare-page')).ComparePage,
}))

const pairs = loadOnce<FlowModule[]>()

/** Both flows' modules, loaded once per pair. */
function LoadedComparison({ a, b }: { a: string; b: string }) {
  const flows = use(
    pairs(`${a} ${b}`, async () => {
      const flows = await Promise.all([a, b].map((id) => findFlow(id)?.load()))
      return flows.filter((flow) => flow !== undefined)
    }),
  )
  return <ComparePage a={a} b={b} flows={flows} />
}

/**
 * /compare?a=&b=: two flows side by side (the first preset when the query names none). Without two
 * flows to show, the page still comes: it says what is wrong and offers the picker.
 */
export function CompareRoute() {
  const [params] = useSearchParams()
  const preset = COMPARISON_PRESETS[0]
  const a = params.get('a') ?? preset?.a ?? ''
  const b = params.get('b') ?? preset?.b ?? ''
  const unknown = [a, b].find((id) => !findFlow(id))
  const problem =
    unknown !== undefined
      ? `There is no flow called “${unknown}”. Pick two flows.`
      : a === b
        ? 'Pick two different flows to compare.'
        : undefined
  return (
    // Keyed by the pair: another pair shows that it is loading, not the last pair meanwhile.
    <Suspense key={`${a} ${b}`} fallback={<RouteLoading what="the comparison" />}>
      {problem === undefined ? (
        <LoadedComparison a={a} b={b} />
      ) : (
        <ComparePage a={a} b={b} flows={null} problem={problem} />
      )}
    </Suspense>
  )
}
