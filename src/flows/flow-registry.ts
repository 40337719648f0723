import { authorizationCodePkceFlow } from './authorization-code-pkce/authorization-code-pkce.flow'
import type { FlowDefinition } from './flow-definition'

/** Every runnable flow by id; the ids are those of the catalogue (catalogue.ts). */
const DEFINITIONS: Readonly<Record<string, FlowDefinition>> = {
  [authorizationCodePkceFlow.id]: authorizationCodePkceFlow,
}

export function flowDefinition(id: string): FlowDefinition | undefined {
  return Object.hasOwn(DEFINITIONS, id) ? DEFINITIONS[id] : undefined
}
