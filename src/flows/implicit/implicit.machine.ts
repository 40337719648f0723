import type { StepForm } from '../kit/step-meta'
import { stepStates } from '../kit/step-states'
import { implicitSetup as flowSetup } from './implicit.setup'
import { STEPS } from './implicit.steps'

const browser = { role: 'user-agent' } as const
const { work, rest, end } = stepStates(flowSetup, {
  target: '#implicit.failed',
  actions: 'storeFailure',
})
const submitting = (form: StepForm | undefined) =>
  ({ type: 'storeSubmission', params: form }) as const
const submit = {
  src: 'browserSubmit',
  input: ({ context }) => ({
    lab: context.lab,
    ...browser,
    submission: context.submission ?? { fields: {} },
  }),
} satisfies Parameters<typeof work>[1]
const followToCallback = {
  src: 'browserFollowAndRecall',
  input: ({ context }) => ({ lab: context.lab, ...browser }),
  onDone: {
    target: 'shown',
    actions: {
      type: 'storeFragment',
      params: ({ event }) => ({ url: event.output.url, history: event.output.history }),
    },
  },
} satisfies Parameters<typeof work>[1]

/**
 * The implicit grant for legacy-app (RFC 6749 §4.2), on the server's rfc6749 profile:
 *
 *   1 request              local  the app makes state and a response_type=token request
 *   2 authorizationRequest front  GET  /authorize     → 302 /login
 *   3 loginPage            front  GET  /login         → 200 form
 *   4 credentials          front  POST /login         → 303 /consent (loginRejected: the form again)
 *   5 consentPage          front  GET  /consent       → 200 form
 *   6 approval | denial    front  POST /consent       → 303 redirect_uri#access_token… | #error=…
 *   7 callback             front  GET  redirect_uri   (the fragment stays in the browser)
 *   8 readFragment         local  the app's script checks iss and state and takes the token
 *   9 apiRequest           back   GET  /photos        → 200 photos (apiError)
 *  10 photos               back   the response of 9
 *  11 useInstead           local  what replaces the grant, and a link to it: the end
 * Denied: 6 denial, 7 deniedCallback, 8 accessDenied; a failed check ends in fragmentRejected.
 * "Send it to an OAuth 2.1 server" at step 1: refusedRequest (302 ?error=unsupported_response_type),
 * refusedCallback, refused.
 */
export const implicitMachine = flowSetup.createMachine({
  id: 'implicit',
  context: ({ input }) => ({ lab: input.lab }),
  initial: 'request',
  states: {
    request: work(
      STEPS.request,
      {
        src: 'prepareRequest',
        onDone: {
          target: 'shown',
          actions: { type: 'storeRequest', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': '#implicit.authorizationRequest',
        'choice.oauth21': '#implicit.refusedRequest',
      },
    ),
    authorizationRequest: work(
      STEPS.authorizationRequest,
      {
        src: 'browserOpen',
        input: ({ context }) => ({ lab: context.lab, ...browser, url: context.request?.url ?? '' }),
      },
      { 'step.next': '#implicit.loginPage' },
    ),
    loginPage: work(
      STEPS.loginPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': { target: '#implicit.credentials', actions: submitting(STEPS.loginPage.form) },
        'form.submit': {
          target: '#implicit.credentials',
          actions: submitting(STEPS.loginPage.form),
        },
      },
    ),
    credentials: work(
      STEPS.credentials,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({
          lab: context.lab,
          ...browser,
          submission: context.submission ?? { fields: {} },
        }),
        onDone: [
          {
            target: 'shown',
            guard: {
              type: 'loginAccepted',
              params: ({ event }) => ({ status: event.output.status }),
            },
          },
          { target: '#implicit.loginRejected' },
        ],
      },
      { 'step.next': '#implicit.consentPage' },
    ),
    loginRejected: rest(STEPS.loginRejected, {
      'step.next': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
      'form.submit': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
    }),
    consentPage: work(
      STEPS.consentPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': { target: '#implicit.approval', actions: submitting(STEPS.consentPage.form) },
        'choice.deny': {
          target: '#implicit.denial',
          actions: submitting({ ...STEPS.consentPage.form, submitter: 'deny' }),
        },
        'form.submit': [
          {
            target: '#implicit.denial',
            guard: 'deniedInPage',
            actions: submitting(STEPS.consentPage.form),
          },
          { target: '#implicit.approval', actions: submitting(STEPS.consentPage.form) },
        ],
      },
    ),
    approval: work(STEPS.approval, submit, { 'step.next': '#implicit.callback' }),
    denial: work(STEPS.denial, submit, { 'step.next': '#implicit.deniedCallback' }),
    callback: work(STEPS.callback, followToCallback, { 'step.next': '#implicit.readFragment' }),
    readFragment: rest(STEPS.readFragment, {
      'step.next': [
        { target: 'apiRequest', guard: 'tokenRead' },
        { target: 'fragmentRejected', guard: 'checkFailed' },
        { target: 'failed', actions: 'storeFragmentError' },
      ],
    }),
    deniedCallback: work(STEPS.deniedCallback, followToCallback, {
      'step.next': [
        { target: '#implicit.accessDenied', guard: 'accessDenied' },
        { target: '#implicit.fragmentRejected', guard: 'checkFailed' },
        { target: '#implicit.failed', actions: 'storeFragmentError' },
      ],
    }),
    apiRequest: work(
      STEPS.apiRequest,
      {
        src: 'callApi',
        input: ({ context }) => ({ lab: context.lab, fragment: context.fragment }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#implicit.photos', guard: 'photosReturned' },
          { target: '#implicit.apiError' },
        ],
      },
    ),
    photos: rest(STEPS.photos, { 'step.next': 'useInstead' }),
    refusedRequest: work(
      STEPS.refusedRequest,
      {
        src: 'openOnOAuth21',
        input: ({ context }) => ({ lab: context.lab, url: context.request?.url ?? '' }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeRefusal', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#implicit.refusedCallback' },
    ),
    refusedCallback: work(
      STEPS.refusedCallback,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      { 'step.next': '#implicit.refused' },
    ),
    useInstead: end(STEPS.useInstead),
    accessDenied: end(STEPS.accessDenied),
    fragmentRejected: end(STEPS.fragmentRejected),
    refused: end(STEPS.refused),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})
