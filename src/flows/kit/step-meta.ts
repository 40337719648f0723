import type { RoleId } from '../../protocol/roles'

/**
 * How a step's message travels. front: through a browser (redirects and form posts, RFC 6749
 * §1.2); back: a direct HTTP request from one party to a server; out-of-band: no HTTP at all, a
 * person reads or types something (Alice reads the code on the TV, RFC 8628 §3.3); local: no
 * message, one role computes something.
 */
export type StepChannel = 'front' | 'back' | 'out-of-band' | 'local'

/** How a flow ended, for steps that end it. */
export type StepOutcome =
  | 'success'
  | 'denied'
  | 'rejected'
  | 'refused'
  | 'expired'
  | 'failed'
  | 'attack-succeeded'
  | 'attack-blocked'

/** A branch the learner may take instead of Next step: a button beside it. */
export interface StepChoice {
  /** The event the button sends: `choice.deny`, `choice.poll-now`. */
  event: `choice.${string}`
  /** The button's text: "Deny access". */
  label: string
  /** What taking it shows, in a sentence (the button's description). */
  hint: string
}

/** The form a step's page shows, as Next step submits it (the fields are shown filled in). */
export interface StepForm {
  /** Which window's page: the browser role that shows it. */
  surface: string
  /** The values Next step submits, shown in the page's fields (Alice's demo credentials). */
  fields: Readonly<Record<string, string>>
  /** The button Next step presses, by its value or label ("approve"). */
  submitter?: string
}

/** For the speaker: what to add beyond the narration, and a question to ask the room. */
export interface SpeakerNotes {
  /** Two to four talking points, each a sentence with its spec section where it makes a claim. */
  points: readonly string[]
  /** A question for the room, answered by this step. */
  question: string
}

/** A plausible wrong answer to "What happens next?", and why it is wrong. */
export interface WrongAnswer {
  answer: string
  why: string
}

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
  /** Time passes before this step's message, in the lab clock: "5 s later", "An hour later". */
  wait?: string
  /** Branches beside Next step. */
  choices?: readonly StepChoice[]
  /** The form on the page this step shows, and how Next step fills it in. */
  form?: StepForm
  /** For the speaker view. */
  notes?: SpeakerNotes
  /**
   * For the classroom quiz before this step ("What happens next?"): two wrong answers to set
   * beside this step's title, each with why it is wrong.
   */
  quiz?: readonly [WrongAnswer, WrongAnswer]
  /** Another flow this step points to ("use this instead"), shown as a link under the narration. */
  seeAlso?: StepLink
}

/** A link from a step to another registered flow, by id, with the link's text. */
export interface StepLink {
  flowId: string
  /** The link's text: "Step through Authorization Code with PKCE". */
  text: string
}

/**
 * The step meta of the one active state that has one. Flows have no parallel states (the TV's polls
 * and the phone's steps alternate), so two active steps is a bug in the machine, and is refused.
 */
export function stepMetaOf(
  metaById: Record<string, StepMeta | undefined>,
): { stepId: string; meta: StepMeta } | undefined {
  const found = Object.entries(metaById).filter(
    (entry): entry is [string, StepMeta] => entry[1] !== undefined,
  )
  if (found.length > 1)
    throw new Error(`Two steps are active at once: ${found.map(([id]) => id).join(', ')}.`)
  const [id, meta] = found[0] ?? []
  return id === undefined || meta === undefined
    ? undefined
    : { stepId: id.slice(id.lastIndexOf('.') + 1), meta }
}
