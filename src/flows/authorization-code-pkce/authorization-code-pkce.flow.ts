import type { FlowDefinition } from '../flow-definition'
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

/** Authorization Code + PKCE, as the flow session and the player run it. */
export const authorizationCodePkceFlow: FlowDefinition = {
  id: 'authorization-code-pkce',
  machine: authorizationCodePkceMachine,
  plannedSteps: PLAN.map((stepId) => ({ stepId, meta: STEPS[stepId] })),
  tokensOf,
  factsOf,
}
