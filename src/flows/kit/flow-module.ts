import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate'
import type { BrowserRole, RoleId } from '../../protocol/roles'
import type { LabSetup } from '../../wire/lab'
import type { StepMeta } from './step-meta'

/**
 * The contract between a flow module and the player (shared/guides/flows.md): everything the
 * player shows is declared here as data or as a pure projection of the machine's snapshot, so the
 * player never learns the name of a grant.
 */

/** The catalogue card: plain data, loaded with the home page (no machine). */
export interface FlowSummary {
  id: string
  title: string
  /** One or two sentences for the catalogue card. */
  summary: string
  /**
   * Where the flow stands: a grant that is recommended, or legacy with the reason; or an attack
   * scenario, with the defence it is about and the flows it attacks (their ids).
   */
  status:
    | { kind: 'recommended' }
    | { kind: 'legacy'; why: string }
    | {
        kind: 'attack'
        /** The defence the scenario is about, in a phrase: "PKCE at the token endpoint". */
        defence: string
        /** The ids of the flows it attacks; each links to it from its card. */
        relatedFlows: readonly string[]
        /** The ?switches= value that turns the defence off: "pkce:off". */
        defenceOff: string
      }
  specs: readonly string[]
}

/** Who plays a role in this flow: "Frame TV", "Alice's phone", "Backup job". */
export interface CastMember {
  name: string
  /** A second line: the client_id, the host. */
  detail?: string
}

/** A place in the diagram's grid: columns left to right, rows top to bottom (halves allowed). */
export interface Cell {
  col: number
  row: number
}

export type Cast = Partial<Record<RoleId, CastMember>>

/** A window beside the diagram. */
export type Surface =
  /** A lab browser and the pages the servers send it; its forms can be submitted. */
  | { kind: 'browser'; id: string; role: BrowserRole; title: string }
  /** A device's own screen, drawn from the flow's `screensOf` projection (the TV's user code). */
  | { kind: 'screen'; id: string; role: RoleId; title: string }

/** What the player draws: only the roles in the cast, where the layouts put them. */
export interface FlowStage {
  cast: Cast
  layout: { wide: Partial<Record<RoleId, Cell>>; narrow: Partial<Record<RoleId, Cell>> }
  /** Lines between roles that talk in some step: the map the messages travel on. */
  links: readonly (readonly [RoleId, RoleId])[]
  surfaces: readonly Surface[]
}

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

/** A device screen's content: a heading, lines of label and value, maybe a QR code and pictures. */
export interface ScreenView {
  heading: string
  lines: readonly { label: string; value: string; large?: boolean }[]
  /** Text to show as a QR code (verification_uri_complete, RFC 8628 §3.3.1). */
  qr?: string
  images?: readonly { src: string; alt: string }[]
}

/** Everything a learner can send to a flow's machine. */
export type LearnerEvent =
  | { type: 'step.next' }
  /** A form a server page showed, submitted from its window: its fields and the button pressed. */
  | { type: 'form.submit'; surface: string; fields: Record<string, string>; submitter?: string }
  | { type: `choice.${string}` }

/**
 * A switch the learner can flip before a run (a defence an attack scenario is about): the player
 * shows it, and flipping it restarts the flow with the new setting.
 */
export interface FlowSwitch {
  id: string
  /** The switch's name: "PKCE at the token endpoint". */
  label: string
  /** What being on means, in a sentence (the switch's description). */
  on: string
  off: string
  /** The setting a run starts with when the learner has not flipped it. */
  default: boolean
  /**
   * A defence (the default: off is the dangerous setting, drawn in red) or a neutral setting of the
   * lab, where neither position is wrong (how the photo API checks tokens).
   */
  kind?: 'defence' | 'setting'
}

/** Each switch's setting, by id. */
export type SwitchState = Readonly<Record<string, boolean>>

/**
 * What a flow's recorded run cannot show, for the comparison of two flows: where the client runs,
 * and so where the tokens it receives are kept. Everything else (steps, channels, where tokens
 * travel, who saw which secret, the browser's history) is derived from a real run of the flow.
 */
export interface FlowComparison {
  clientRunsIn: 'browser' | 'server' | 'device'
  /** One or two sentences: where the tokens live, and who could reach them there. */
  tokensLive: string
}

export interface FlowModule {
  id: string
  summary: FlowSummary
  /**
   * Input `{ lab: FlowLab, switches: SwitchState }`; step states carry StepMeta; resting states are
   * tagged `settled`. Its context holds `lab` and otherwise plain data (what JSON keeps): a run at
   * rest is saved for a page reload with XState's getPersistedSnapshot, `lab` left out and put back
   * on restore (src/flows/session-snapshot.ts; every registered flow is tested for it).
   */
  machine: AnyStateMachine
  /** Every step's teaching text, by step id (the machine's state names). */
  steps: Readonly<Record<string, StepMeta>>
  stage: FlowStage
  /** How the lab's servers must be set up for this flow, for the switches' settings. */
  server: LabSetup | ((switches: SwitchState) => LabSetup)
  /** Where the client runs and keeps its tokens, for the comparison view; optional. */
  comparison?: FlowComparison
  /** Switches the learner may flip (defences); none for most flows. */
  switches?: readonly FlowSwitch[]
  /** The default run (Next step all the way); a step id may repeat (the TV polls again). */
  plan: readonly string[]
  /**
   * The run Next step takes with these switches, for a flow whose switches change the path (an
   * attack that a defence stops early); `plan` is this for the switches' defaults. Without it,
   * every setting runs the plan.
   */
  planFor?(switches: SwitchState): readonly string[]
  /**
   * Where Next step leads from a step off the plan. A step that is not listed rejoins the plan
   * where the run left it (a wrong password, then the plan's sign-in again).
   */
  branches: Readonly<Record<string, readonly string[]>>
  /** The branches a run with these switches takes, when a switch changes where a branch leads. */
  branchesFor?(switches: SwitchState): Readonly<Record<string, readonly string[]>>
  /** The tokens the client holds in this snapshot. */
  tokensOf(snapshot: AnyMachineSnapshot): IssuedToken[]
  /** The values this step made or checked; `nowMs` is the lab clock, for expiry. */
  factsOf(snapshot: AnyMachineSnapshot, nowMs: number): StepFact[]
  /** The content of each `screen` surface, by surface id. */
  screensOf(snapshot: AnyMachineSnapshot): Record<string, ScreenView>
  /**
   * Field values Next step submits that only the run knows (the code the TV shows), over the
   * step's `form.fields`. The page shows them filled in, so what the learner sees is what is sent.
   */
  prefillOf?(snapshot: AnyMachineSnapshot): Readonly<Record<string, string>>
}
