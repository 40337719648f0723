import type { StepForm } from '../kit/step-meta'
import { stepStates } from '../kit/step-states'
import {
  deviceAuthorizationSetup as flowSetup,
  type DeviceAuthorizationContext,
} from './device-authorization.setup'
import { STEPS } from './device-authorization.steps'

const phone = { role: 'user-agent' } as const
const { work, rest, end } = stepStates(flowSetup, {
  target: '#deviceAuthorization.failed',
  actions: 'storeFailure',
})
type Invoke = Parameters<typeof work>[1]
const submitting = (form: StepForm | undefined) =>
  ({ type: 'storeSubmission', params: form }) as const
const follow = {
  src: 'browserFollow',
  input: ({ context }) => ({ lab: context.lab, ...phone }),
} satisfies Invoke
const submitInput = ({ context }: { context: DeviceAuthorizationContext }) => ({
  lab: context.lab,
  ...phone,
  submission: context.submission ?? { fields: {} },
})
const submit = { src: 'browserSubmit', input: submitInput } satisfies Invoke
const polling = (wait: 'interval' | 'none' | 'expiry') =>
  ({
    src: 'poll',
    input: ({ context }) => ({
      lab: context.lab,
      deviceCode: context.device?.ok ? context.device.deviceCode : '',
      waitSeconds:
        wait === 'interval'
          ? context.interval
          : wait === 'expiry' && context.device?.ok
            ? context.device.expiresIn
            : 0,
    }),
    onDone: {
      target: 'shown',
      actions: { type: 'storePoll', params: ({ event }) => event.output },
    },
  }) satisfies Invoke

/** What a poll's answer leads to: the tokens, an end, or back to where Alice is on her phone. */
const afterPoll = [
  { target: '#deviceAuthorization.tokenResponse', guard: 'tokensIssued' },
  {
    target: '#deviceAuthorization.accessDenied',
    guard: { type: 'pollSaid', params: 'access_denied' },
  },
  {
    target: '#deviceAuthorization.codeExpired',
    guard: { type: 'pollSaid', params: 'expired_token' },
  },
  {
    target: '#deviceAuthorization.openPage',
    guard: { type: 'waitingWhilePhoneIs', params: 'start' },
  },
  {
    target: '#deviceAuthorization.consentPage',
    guard: { type: 'waitingWhilePhoneIs', params: 'signedIn' },
  },
  { target: '#deviceAuthorization.poll', guard: 'stillWaiting', reenter: true },
  { target: '#deviceAuthorization.tokenError' },
] as const
/**
 * The device authorization grant for the public client frame-tv (RFC 8628). The TV's polls and
 * Alice's phone alternate in sequence (no parallel states): after each undecided poll, the flow
 * goes back to where Alice is on her phone.
 *
 *   1 deviceRequest   back  POST /device_authorization      → 200 codes
 *   2 deviceResponse  back  the response of 1
 *   3 showCode        out-of-band  the TV shows the user code and a QR code
 *   4 poll            back  +interval, POST /token          → 400 authorization_pending
 *                           (choice: poll now → pollTooSoon → 400 slow_down)
 *   5 openPage        front GET /device?user_code           → 200 code form
 *   6 submitCode      front POST /device                    → 303 /device/login (codeRejected: 400)
 *   7 loginPage       front GET /device/login               → 200 login form
 *   8 credentials     front POST /device/login              → 303 /device/consent (loginRejected)
 *   9 poll            back  +interval                       → 400 authorization_pending
 *  10 consentPage     front GET /device/consent             → 200 Allow / Deny
 *  11 approval        front POST /device/consent            → 200 "return to your device"
 *  12 poll            back  +interval                       → 200 tokens
 *  13 tokenResponse, 14 apiRequest, 15 photos.
 * Deny: denial → poll → accessDenied. Wait 10 minutes: expiredPoll → codeExpired.
 */
export const deviceAuthorizationMachine = flowSetup.createMachine({
  id: 'deviceAuthorization',
  context: ({ input }) => ({ lab: input.lab, interval: 5, phone: 'start' }),
  initial: 'deviceRequest',
  states: {
    deviceRequest: work(
      STEPS.deviceRequest,
      {
        src: 'requestDeviceCode',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeDevice', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#deviceAuthorization.deviceResponse', guard: 'deviceCodeIssued' },
          { target: '#deviceAuthorization.tokenError' },
        ],
      },
    ),
    deviceResponse: rest(STEPS.deviceResponse, { 'step.next': 'showCode' }),
    showCode: rest(STEPS.showCode, { 'step.next': 'poll' }),
    poll: work(STEPS.poll, polling('interval'), {
      'step.next': [...afterPoll],
      'choice.poll-now': { target: '#deviceAuthorization.pollTooSoon', guard: 'stillWaiting' },
    }),
    pollTooSoon: work(STEPS.pollTooSoon, polling('none'), { 'step.next': [...afterPoll] }),
    openPage: work(
      STEPS.openPage,
      {
        src: 'browserOpen',
        input: ({ context }) => ({
          lab: context.lab,
          ...phone,
          url: context.device?.ok
            ? (context.device.verificationUriComplete ?? context.device.verificationUri)
            : '',
        }),
      },
      {
        'step.next': {
          target: '#deviceAuthorization.submitCode',
          actions: submitting(STEPS.openPage.form),
        },
        'form.submit': {
          target: '#deviceAuthorization.submitCode',
          actions: submitting(STEPS.openPage.form),
        },
      },
    ),
    submitCode: work(
      STEPS.submitCode,
      {
        src: 'browserSubmit',
        input: submitInput,
        onDone: [
          {
            target: 'shown',
            guard: {
              type: 'redirectedTo',
              params: ({ event }) => ({
                redirectTo: event.output.redirectTo,
                path: '/device/login',
              }),
            },
          },
          { target: '#deviceAuthorization.codeRejected' },
        ],
      },
      { 'step.next': '#deviceAuthorization.loginPage' },
    ),
    codeRejected: rest(STEPS.codeRejected, {
      'step.next': { target: 'submitCode', actions: 'submitTvCode' },
      'form.submit': { target: 'submitCode', actions: submitting(STEPS.codeRejected.form) },
    }),
    loginPage: work(STEPS.loginPage, follow, {
      'step.next': {
        target: '#deviceAuthorization.credentials',
        actions: submitting(STEPS.loginPage.form),
      },
      'form.submit': {
        target: '#deviceAuthorization.credentials',
        actions: submitting(STEPS.loginPage.form),
      },
    }),
    credentials: work(
      STEPS.credentials,
      {
        src: 'browserSubmit',
        input: submitInput,
        onDone: [
          {
            target: 'shown',
            guard: {
              type: 'redirectedTo',
              params: ({ event }) => ({
                redirectTo: event.output.redirectTo,
                path: '/device/consent',
              }),
            },
            actions: { type: 'phoneAt', params: 'signedIn' },
          },
          { target: '#deviceAuthorization.loginRejected' },
        ],
      },
      { 'step.next': '#deviceAuthorization.poll' },
    ),
    loginRejected: rest(STEPS.loginRejected, {
      'step.next': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
      'form.submit': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
    }),
    consentPage: work(STEPS.consentPage, follow, {
      'step.next': {
        target: '#deviceAuthorization.approval',
        actions: submitting(STEPS.consentPage.form),
      },
      'choice.deny': {
        target: '#deviceAuthorization.denial',
        actions: submitting({ ...STEPS.consentPage.form, submitter: 'deny' }),
      },
      'choice.wait-expiry': '#deviceAuthorization.expiredPoll',
      'form.submit': [
        {
          target: '#deviceAuthorization.denial',
          guard: 'deniedInPage',
          actions: submitting(STEPS.consentPage.form),
        },
        { target: '#deviceAuthorization.approval', actions: submitting(STEPS.consentPage.form) },
      ],
    }),
    approval: work(
      STEPS.approval,
      { ...submit, onDone: { target: 'shown', actions: { type: 'phoneAt', params: 'decided' } } },
      { 'step.next': '#deviceAuthorization.poll' },
    ),
    denial: work(
      STEPS.denial,
      { ...submit, onDone: { target: 'shown', actions: { type: 'phoneAt', params: 'decided' } } },
      { 'step.next': '#deviceAuthorization.poll' },
    ),
    expiredPoll: work(STEPS.expiredPoll, polling('expiry'), { 'step.next': [...afterPoll] }),
    tokenResponse: rest(STEPS.tokenResponse, { 'step.next': 'apiRequest' }),
    apiRequest: work(
      STEPS.apiRequest,
      {
        src: 'callApi',
        input: ({ context }) => ({ lab: context.lab, tokens: context.tokens }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#deviceAuthorization.photos', guard: 'photosReturned' },
          { target: '#deviceAuthorization.apiError' },
        ],
      },
    ),
    photos: end(STEPS.photos),
    accessDenied: end(STEPS.accessDenied),
    codeExpired: end(STEPS.codeExpired),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})
