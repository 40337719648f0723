import { memo, useMemo } from 'react'
import type { SessionStep } from '../../flows/flow-session'
import { ROLE_PROFILES } from '../../protocol/roles'
import type { Exchange } from '../../wire/exchange'
import { HttpExchangePanel } from './panels/http/http-exchange-panel'
import { TokenPanel } from './panels/tokens/token-panel'
import { heldTokenEntries } from './panels/tokens/tokens-from-exchanges'

export interface StepPanelsProps {
  flowTitle: string
  step: SessionStep
  steps: readonly SessionStep[]
  cursor: number
  now?: () => number
}

/**
 * The HTTP of the current step and the tokens the client holds. A response step (the tokens, the
 * photos) shows the exchange the step before it sent, with the response marked as this step's.
 */
export const StepPanels = memo(function StepPanels({
  flowTitle,
  step,
  steps,
  cursor,
  now,
}: StepPanelsProps) {
  const previous = steps[step.index - 1]
  const exchanges =
    step.meta.response && step.exchanges.length === 0 ? (previous?.exchanges ?? []) : step.exchanges
  const focus = step.meta.response
    ? 'response'
    : step.meta.channel === 'back'
      ? 'request'
      : undefined
  const upToHere = useMemo(
    () => steps.slice(0, cursor + 1).flatMap((s) => s.exchanges),
    [steps, cursor],
  )
  const tokens = useMemo(() => {
    const stepOf = (exchange: Exchange) =>
      steps.findIndex((s) => s.exchanges.some((e) => e.seq === exchange.seq)) + 1
    return heldTokenEntries(
      step.tokens,
      upToHere,
      (exchange) => `${flowTitle}, step ${stepOf(exchange)}`,
    ).map((entry) => ({
      ...entry,
      ...(entry.seq === undefined ? {} : { step: stepOf({ seq: entry.seq } as Exchange) }),
    }))
  }, [step.tokens, upToHere, steps, flowTitle])
  const localText = `No HTTP this step: the ${ROLE_PROFILES[step.meta.from].name.toLowerCase()} works locally (${step.meta.label}).`

  return (
    <div className="space-y-4">
      <HttpExchangePanel
        exchanges={exchanges}
        focus={focus}
        knownTokens={tokens}
        emptyText={localText}
      />
      <TokenPanel tokens={tokens} now={now} />
    </div>
  )
})
