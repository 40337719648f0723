import type { SessionStep } from '../../flows/flow-session'
import type { FlowComparison, FlowModule, FlowSummary } from '../../flows/kit/flow-module'
import type { StepChannel } from '../../flows/kit/step-meta'
import { ROLE_NAMES, type RoleId } from '../../protocol/roles'
import { browserHistory, type HistoryReading } from './browser-history'
import { partySecrets, type HeldSecret } from './party-secrets'
import { tokenTravel } from './token-travel'

export interface ComparedStep {
  number: number
  title: string
  channel: StepChannel
  /** "Alice's browser → auth.photos.example", or one name for a local step. */
  route: string
}

export interface ComparedTravel {
  what: string
  steps: number[]
  channel: 'front' | 'back'
  route: string
  how: string
}

/** One flow, as the comparison shows it: all of it derived from a real run but `comparison`. */
export interface ComparedFlow {
  summary: FlowSummary
  comparison?: FlowComparison
  steps: ComparedStep[]
  /** How many steps went each way. */
  channels: Record<StepChannel, number>
  travel: ComparedTravel[]
  secrets: { party: string; held: HeldSecret[] }[]
  history: HistoryReading
}

/** Projects a flow and a real run of its plan into what the comparison view shows. */
export function compareFlow(flow: FlowModule, steps: readonly SessionStep[]): ComparedFlow {
  const name = (role: RoleId) => flow.stage.cast[role]?.name ?? ROLE_NAMES[role]
  const channels: Record<StepChannel, number> = { front: 0, back: 0, 'out-of-band': 0, local: 0 }
  for (const step of steps) channels[step.meta.channel]++
  const travel = tokenTravel(steps)
  const history = browserHistory(steps)
  return {
    summary: flow.summary,
    ...(flow.comparison ? { comparison: flow.comparison } : {}),
    steps: steps.map((step) => ({
      number: step.index + 1,
      title: step.meta.title,
      channel: step.meta.channel,
      route:
        step.meta.from === step.meta.to
          ? name(step.meta.from)
          : `${name(step.meta.from)} → ${name(step.meta.to)}`,
    })),
    channels,
    travel: travel.map((row) => ({
      what: row.what,
      steps: row.steps,
      channel: row.channel,
      route: `${name(row.from)} → ${name(row.to)}`,
      how: row.how,
    })),
    secrets: partySecrets(steps, travel, history, flow.comparison)
      .filter((party) => flow.stage.cast[party.role] !== undefined)
      .map((party) => ({ party: name(party.role), held: party.held })),
    history,
  }
}
