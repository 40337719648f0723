import { useEffect, useState } from 'react'
import type { FlowModule } from '../../flows/kit/flow-module'
import { compareFlow, type ComparedFlow } from './comparison-model'
import { runPlan } from './run-plan'

export type ComparisonRuns =
  | { status: 'running' }
  | { status: 'done'; compared: readonly ComparedFlow[] }
  | { status: 'error'; message: string }

/**
 * Runs each flow's plan against real servers, one after the other (each in a lab of its own), and
 * projects the runs for the comparison. Mount it with a key per pair of flows: it starts running.
 */
export function useComparisonRuns(flows: readonly FlowModule[]): ComparisonRuns {
  const [runs, setRuns] = useState<ComparisonRuns>({ status: 'running' })
  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const compared: ComparedFlow[] = []
        for (const flow of flows) compared.push(compareFlow(flow, await runPlan(flow)))
        if (!cancelled) setRuns({ status: 'done', compared })
      } catch (error) {
        if (!cancelled)
          setRuns({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [flows])
  return runs
}
