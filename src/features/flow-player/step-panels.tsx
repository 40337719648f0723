import { memo, useMemo } from 'react'
import type { Cast } from '../../flows/kit/flow-module'
import type { SessionStep } from '../../flows/flow-session'
import type { ExchangeNumber } from '../../flows/step-numbers'
import { ROLE_NAMES, type RoleId } from '../../protocol/roles'
import type { Exchange } from '../../wire/exchange'
import { HttpExchangePanel } from './panels/http/http-exchange-panel'
import { TokenPanel } from './panels/tokens/token-panel'
import { heldTokenEntries } from './panels/tokens/tokens-from-exchanges'

export interface StepPanelsProps {
  flowTitle: string
  cast: Cast
  step: SessionStep
  steps: readonly SessionStep[]
  cursor: number
  /** Every exchange's step numbers (see numberExchanges). */
  numbers: ReadonlyMap<number, ExchangeNumber>
}

/**
 * The HTTP of the current step and the tokens the client holds. A response step (the tokens, the
 * photos) shows the exchange the step before it sent, with the response marked as this step's.
 * Every exchange and token carries the step number the step list and the narration use.
 */
export const StepPanels = memo(function StepPanels({
  flowTitle,
  cast,
  step,
  steps,
  cursor,
  numbers,
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
    const deliveredAt = (seq: number) => numbers.get(seq)?.responseStep
    return heldTokenEntries(
      step.tokens,
      upToHere,
      (exchange) => `${flowTitle}, step ${deliveredAt(exchange.seq) ?? '?'}`,
    ).map((entry) => ({
      ...entry,
      ...(entry.seq === undefined ? {} : { step: deliveredAt(entry.seq) }),
    }))
  }, [step.tokens, upToHere, numbers, flowTitle])
  const nameOf = (role: RoleId) => cast[role]?.name ?? ROLE_NAMES[role]
  const numberOf = (exchange: Exchange) => {
    const number = numbers.get(exchange.seq)
    return number ?? { request: '?', response: '?' }
  }
  const emptyText =
    step.meta.channel === 'out-of-band'
      ? `No HTTP this step: ${step.meta.label}, read by a person.`
      : `No HTTP this step: ${nameOf(step.meta.from)} works locally (${step.meta.label}).`

  return (
    <div className="space-y-4">
      <HttpExchangePanel
        exchanges={exchanges}
        focus={focus}
        knownTokens={tokens}
        emptyText={emptyText}
        numberOf={numberOf}
        nameOf={nameOf}
      />
      <TokenPanel tokens={tokens} nowMs={step.clock.at} />
    </div>
  )
})
