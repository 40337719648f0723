import type { FlowDefinition, PlannedStep } from '../flow-definition'
import { factsOf, tokensOf } from './authorization-code-pkce.facts'
import { authorizationCodePkceMachine } from './authorization-code-pkce.machine'
import { STEPS, type StepId } from './authorization-code-pkce.steps'

/** The default run: Alice signs in with the demo credentials and approves. */
const PLAN: readonly StepId[] = [
  'pkce',
  'authorizationRequest',
  'loginPage',
  'credentials',
  'consentPage',
  'approval',
  'callback',
  'tokenRequest',
  'tokenResponse',
  'apiRequest',
  'photos',
]

/** Where Next leads from the steps off the default run. */
const OFF_PLAN: Partial<Record<StepId, readonly StepId[]>> = {
  loginRejected: PLAN.slice(PLAN.indexOf('credentials')),
  denial: ['deniedCallback', 'accessDenied'],
  deniedCallback: ['accessDenied'],
}

const planned = (ids: readonly StepId[]): PlannedStep[] =>
  ids.map((stepId) => ({ stepId, meta: STEPS[stepId] }))
const isStepId = (id: string): id is StepId => Object.hasOwn(STEPS, id)

/** Authorization Code + PKCE, as the flow session and the player run it. */
export const authorizationCodePkceFlow: FlowDefinition = {
  id: 'authorization-code-pkce',
  machine: authorizationCodePkceMachine,
  plannedSteps: planned(PLAN),
  upcomingAfter(stepId) {
    if (!isStepId(stepId)) return []
    const index = PLAN.indexOf(stepId)
    if (index >= 0) return planned(PLAN.slice(index + 1))
    return planned(OFF_PLAN[stepId] ?? [])
  },
  tokensOf,
  factsOf,
}
