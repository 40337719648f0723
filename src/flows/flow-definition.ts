import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate'
import type { StepMeta } from './step-meta'

/** A token the client holds, as issued: which member of the token response, and the raw string. */
export interface IssuedToken {
  name: 'access_token' | 'refresh_token' | 'id_token'
  value: string
}

/** A value the current step computed or checked, shown beside the narration ("code_verifier: dBjf…"). */
export interface StepFact {
  label: string
  value: string
  /** For checks: did it pass, in a few words ("matches the state sent in step 1"). */
  verdict?: { ok: boolean; text: string }
  /** 'code' (the default): a protocol value, shown verbatim in monospace; 'text': words. */
  format?: 'code' | 'text'
  /** Pictures that go with the value (the photos the API returned), each with its alt text. */
  images?: readonly { src: string; alt: string }[]
}

export interface PlannedStep {
  stepId: string
  meta: StepMeta
}

/** An event a learner may send from the browser window instead of pressing Next step. */
export type LearnerEvent =
  | { type: 'user.login.submit'; username: string; password: string }
  | { type: 'user.consent.approve' }
  | { type: 'user.consent.deny' }

/**
 * Everything the flow session and the player need to run one grant: its machine (input
 * `{ lab }`, step states carrying StepMeta, resting states tagged `settled`) and pure projections
 * from a snapshot. One per flow, next to its machine.
 */
export interface FlowDefinition {
  id: string
  machine: AnyStateMachine
  /** The steps of the default run (Alice signs in and approves), in order. */
  plannedSteps: readonly PlannedStep[]
  /** The steps still to come after `stepId` if the learner keeps pressing Next: the timeline's plan. */
  upcomingAfter(stepId: string): readonly PlannedStep[]
  tokensOf(snapshot: AnyMachineSnapshot): IssuedToken[]
  factsOf(snapshot: AnyMachineSnapshot): StepFact[]
}
