import { FRAME_TV_CLIENT } from '../../protocol/demo-world'
import { defineFlow } from '../kit/define-flow'
import {
  apiFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  lifetime,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import { deviceAuthorizationMachine } from './device-authorization.machine'
import { screensOf } from './device-authorization.screens'
import type { DeviceAuthorizationContext } from './device-authorization.setup'
import { PHONE, STEPS, TV_SCREEN, type StepId } from './device-authorization.steps'
import { deviceAuthorizationSummary } from './device-authorization.summary'

const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's phone" },
    client: { name: 'Frame TV', detail: FRAME_TV_CLIENT.clientId },
    'authorization-server': { name: 'auth.photos.example' },
    'resource-server': { name: 'Photo API', detail: 'api.photos.example' },
  },
  // Alice between her phone and the TV; the TV talks to both servers, the phone to one.
  layout: {
    wide: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      'authorization-server': { col: 2, row: 0 },
      client: { col: 1, row: 1 },
      'resource-server': { col: 2, row: 1 },
    },
    narrow: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      client: { col: 0, row: 1 },
      'authorization-server': { col: 1, row: 1 },
      'resource-server': { col: 0, row: 2 },
    },
  },
  links: [
    ['resource-owner', 'user-agent'],
    ['client', 'resource-owner'],
    ['user-agent', 'authorization-server'],
    ['client', 'authorization-server'],
    ['client', 'resource-server'],
  ],
  surfaces: [
    { kind: 'screen', id: TV_SCREEN, role: 'client', title: 'Frame TV' },
    { kind: 'browser', id: PHONE, role: 'user-agent', title: "Alice's phone" },
  ],
}

/** The last poll's answer, the interval the TV now keeps, and what is left of the device code. */
function pollFacts(context: DeviceAuthorizationContext, now: number): StepFact[] {
  const { poll, device } = context
  if (!poll) return []
  const facts = poll.ok ? tokenResponseFacts(poll, now) : tokenResponseFacts(poll, now).slice(1)
  facts.push({ label: 'polling interval now', value: `${context.interval} s` })
  if (device?.ok) facts.push({ label: 'user_code', value: device.userCode })
  return facts
}

const FACTS: FactTable<DeviceAuthorizationContext, StepId> = {
  deviceResponse: ({ device }, now) =>
    device?.ok
      ? [
          { label: 'device_code (kept by the TV)', value: device.deviceCode },
          { label: 'user_code (for Alice)', value: device.userCode },
          { label: 'verification_uri', value: device.verificationUri },
          { label: 'verification_uri_complete', value: device.verificationUriComplete ?? '(none)' },
          { label: 'interval', value: `${device.interval} s` },
          { label: 'expires_in', value: lifetime(device.expiresIn, now) },
        ]
      : [],
  showCode: ({ device }) =>
    device?.ok ? [{ label: 'user_code on the screen', value: device.userCode }] : [],
  poll: pollFacts,
  pollTooSoon: pollFacts,
  expiredPoll: pollFacts,
  accessDenied: pollFacts,
  codeExpired: pollFacts,
  tokenError: (context, now) =>
    context.device?.ok ? pollFacts(context, now) : tokenResponseFacts(context.device, now),
  tokenResponse: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  photos: ({ api }) => apiFacts(api),
  apiError: ({ api }) => apiFacts(api),
  failed: ({ error }) => failureFacts(error),
}

export const flow = defineFlow({
  id: deviceAuthorizationSummary.id,
  summary: deviceAuthorizationSummary,
  machine: deviceAuthorizationMachine,
  steps: STEPS,
  stage,
  server: {},
  comparison: {
    clientRunsIn: 'device',
    tokensLive:
      'On the TV, which got them over its own back channel: Alice’s phone only ever carried the short user code.',
  },
  plan: [
    'deviceRequest',
    'deviceResponse',
    'showCode',
    'poll',
    'openPage',
    'submitCode',
    'loginPage',
    'credentials',
    'poll',
    'consentPage',
    'approval',
    'poll',
    'tokenResponse',
    'apiRequest',
    'photos',
  ] satisfies StepId[],
  branches: { denial: ['poll', 'accessDenied'], expiredPoll: ['codeExpired'] },
  tokensOf: (snapshot) => heldTokens((snapshot.context as DeviceAuthorizationContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf,
  prefillOf: (snapshot): Record<string, string> => {
    const { device } = snapshot.context as DeviceAuthorizationContext
    const rejected = snapshot.matches('codeRejected')
    return rejected && device?.ok ? { user_code: device.userCode } : {}
  },
})
