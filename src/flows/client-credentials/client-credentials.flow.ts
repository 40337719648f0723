import { BACKUP_JOB_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage } from '../kit/flow-module'
import { clientCredentialsMachine } from './client-credentials.machine'
import type { ClientCredentialsContext } from './client-credentials.setup'
import { STEPS, type StepId } from './client-credentials.steps'
import { clientCredentialsSummary } from './client-credentials.summary'

/** No resource owner and no browser: the job and the two servers. */
const stage: FlowStage = {
  cast: {
    client: { name: 'Backup job', detail: BACKUP_JOB_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  layout: {
    // The places the other flows give the client and the servers, so the picture is familiar.
    wide: {
      client: { col: 1, row: 1 },
      'authorization-server': { col: 2, row: 0 },
      'resource-server': { col: 2, row: 1 },
    },
    narrow: {
      client: { col: 0, row: 1 },
      'authorization-server': { col: 1, row: 1 },
      'resource-server': { col: 0, row: 2 },
    },
  },
  links: [
    ['client', 'authorization-server'],
    ['client', 'resource-server'],
  ],
  surfaces: [],
}

const FACTS: FactTable<ClientCredentialsContext, StepId> = {
  tokenResponse: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  tokenError: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  newToken: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  photos: ({ api }) => apiFacts(api),
  anHourLater: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

export const flow = defineFlow({
  id: clientCredentialsSummary.id,
  summary: clientCredentialsSummary,
  machine: clientCredentialsMachine,
  steps: STEPS,
  stage,
  server: {},
  comparison: {
    clientRunsIn: 'server',
    tokensLive:
      'On the backup job’s server, with its secret: no browser and no person ever hold them.',
  },
  plan: [
    'tokenRequest',
    'tokenResponse',
    'apiRequest',
    'photos',
    'anHourLater',
    'askAgain',
    'newToken',
  ] satisfies StepId[],
  branches: {},
  tokensOf: (snapshot) => heldTokens((snapshot.context as ClientCredentialsContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
