import type { RoleId } from '../protocol/roles'

/**
 * How a step's message travels. front: through the resource owner's browser (redirects and form
 * posts, RFC 6749 §1.2); back: a direct HTTP request from the client to a server; local: no
 * message at all, one role computes something.
 */
export type StepChannel = 'front' | 'back' | 'local'

/** How a flow ended, for steps that end it. */
export type StepOutcome = 'success' | 'denied' | 'rejected' | 'failed'

/**
 * The teaching text of one step, kept in the state's `meta` next to the state it explains
 * (shared/guides/architecture.md). The UI renders it and never writes its own.
 */
export interface StepMeta {
  /** Short heading: "The browser goes to /authorize". */
  title: string
  /** The message as the diagram labels it: "GET /authorize", "make verifier + challenge". */
  label: string
  /** Who sends the message (or computes, for a local step). */
  from: RoleId
  /** Who receives it; equal to `from` for a local step. */
  to: RoleId
  channel: StepChannel
  /** Two to four plain sentences for a learner, correct to the specs. */
  narration: string
  /** Where the rules live: "RFC 7636 §4.3". */
  specRef: string
  /** Roles that take part without sending or receiving (Alice reading the page her browser shows). */
  involved?: readonly RoleId[]
  /** This step delivers the response of the exchange the previous step sent (the diagram draws it back). */
  response?: true
  /** Set on the states that end the flow. */
  outcome?: StepOutcome
}

/** Reads the step meta of the deepest active state that has one. */
export function stepMetaOf(
  metaById: Record<string, StepMeta | undefined>,
): { stepId: string; meta: StepMeta } | undefined {
  const ids = Object.keys(metaById).sort((a, b) => b.length - a.length)
  for (const id of ids) {
    const meta = metaById[id]
    if (meta) return { stepId: id.slice(id.lastIndexOf('.') + 1), meta }
  }
  return undefined
}
