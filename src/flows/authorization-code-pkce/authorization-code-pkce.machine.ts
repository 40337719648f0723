import type { StepForm } from '../kit/step-meta'
import { stepStates } from '../kit/step-states'
import { authorizationCodePkceSetup as flowSetup } from './authorization-code-pkce.setup'
import { BROWSER, STEPS } from './authorization-code-pkce.steps'

const browser = { role: 'user-agent' } as const
const { work, rest, end } = stepStates(flowSetup, {
  target: '#authorizationCodePkce.failed',
  actions: 'storeFailure',
})
const submitting = (form: StepForm | undefined) =>
  ({ type: 'storeSubmission', params: form }) as const
const followToCallback = {
  src: 'browserFollow',
  input: ({ context }) => ({ lab: context.lab, ...browser }),
  onDone: {
    target: 'shown',
    actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) },
  },
} satisfies Parameters<typeof work>[1]
/** After the callback: the library's verdict decides (iss, then state, then an error response). */
const readCallback = [
  { target: '#authorizationCodePkce.tokenRequest', guard: 'callbackAccepted' },
  { target: '#authorizationCodePkce.accessDenied', guard: 'accessDenied' },
  {
    target: '#authorizationCodePkce.stateMismatch',
    guard: { type: 'callbackRefused', params: 'state-mismatch' },
  },
  {
    target: '#authorizationCodePkce.issuerMismatch',
    guard: { type: 'callbackRefused', params: 'issuer-mismatch' },
  },
  { target: '#authorizationCodePkce.failed', actions: 'storeCallbackError' },
] as const

/**
 * Authorization Code + PKCE for the public client photo-spa (RFC 6749 §4.1, RFC 7636, OAuth 2.1
 * §4.1). One state per step; each step is one recorded exchange or one local computation:
 *
 *   1 pkce                 local  client makes code_verifier, S256 code_challenge, state
 *   2 authorizationRequest front  GET  /authorize     → 302 /login
 *   3 loginPage            front  GET  /login         → 200 login form
 *   4 credentials          front  POST /login         → 303 /consent  (loginRejected: 400, the form again)
 *   5 consentPage          front  GET  /consent       → 200 consent form
 *   6 approval | denial    front  POST /consent       → 303 redirect_uri?code… | ?error=access_denied…
 *   7 callback             front  GET  redirect_uri   → the client checks iss and state
 *   8 tokenRequest         back   POST /token         → 200 tokens (or an error: tokenError)
 *   9 tokenResponse        back   the response of 8, as the client reads it
 *  10 apiRequest           back   GET  /photos        → 200 photos (or 401/403: apiError)
 *  11 photos               back   the response of 10: the end
 * Denied: 6 denial, 7 deniedCallback, 8 accessDenied. A refused callback ends in stateMismatch or
 * issuerMismatch; anything unexpected in failed. `step.next` takes the default: Alice's demo
 * credentials, then Allow; the learner may type other credentials or press Deny in the window.
 */
export const authorizationCodePkceMachine = flowSetup.createMachine({
  id: 'authorizationCodePkce',
  context: ({ input }) => ({ lab: input.lab }),
  initial: 'pkce',
  states: {
    pkce: work(
      STEPS.pkce,
      {
        src: 'startAuthorization',
        onDone: {
          target: 'shown',
          actions: { type: 'storeStart', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#authorizationCodePkce.authorizationRequest' },
    ),
    authorizationRequest: work(
      STEPS.authorizationRequest,
      {
        src: 'browserOpen',
        input: ({ context }) => ({ lab: context.lab, ...browser, url: context.start?.url ?? '' }),
      },
      { 'step.next': '#authorizationCodePkce.loginPage' },
    ),
    loginPage: work(
      STEPS.loginPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': {
          target: '#authorizationCodePkce.credentials',
          actions: submitting(STEPS.loginPage.form),
        },
        'form.submit': {
          target: '#authorizationCodePkce.credentials',
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
          { target: '#authorizationCodePkce.loginRejected' },
        ],
      },
      { 'step.next': '#authorizationCodePkce.consentPage' },
    ),
    loginRejected: rest(STEPS.loginRejected, {
      'step.next': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
      'form.submit': { target: 'credentials', actions: submitting(STEPS.loginRejected.form) },
    }),
    consentPage: work(
      STEPS.consentPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': {
          target: '#authorizationCodePkce.approval',
          actions: submitting(STEPS.consentPage.form),
        },
        'choice.deny': {
          target: '#authorizationCodePkce.denial',
          actions: submitting({ ...STEPS.consentPage.form, submitter: 'deny' }),
        },
        'form.submit': [
          {
            target: '#authorizationCodePkce.denial',
            guard: 'deniedInPage',
            actions: submitting(STEPS.consentPage.form),
          },
          {
            target: '#authorizationCodePkce.approval',
            actions: submitting(STEPS.consentPage.form),
          },
        ],
      },
    ),
    approval: work(
      STEPS.approval,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({
          lab: context.lab,
          ...browser,
          submission: context.submission ?? { fields: {} },
        }),
      },
      { 'step.next': '#authorizationCodePkce.callback' },
    ),
    denial: work(
      STEPS.denial,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({
          lab: context.lab,
          ...browser,
          submission: context.submission ?? { fields: {} },
        }),
      },
      { 'step.next': '#authorizationCodePkce.deniedCallback' },
    ),
    callback: work(STEPS.callback, followToCallback, { 'step.next': [...readCallback] }),
    deniedCallback: work(STEPS.deniedCallback, followToCallback, {
      'step.next': [...readCallback],
    }),
    tokenRequest: work(
      STEPS.tokenRequest,
      {
        src: 'redeemCode',
        input: ({ context }) => ({
          lab: context.lab,
          start: context.start,
          callback: context.callback,
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeTokens', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#authorizationCodePkce.tokenResponse', guard: 'tokensIssued' },
          { target: '#authorizationCodePkce.tokenError' },
        ],
      },
    ),
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
          { target: '#authorizationCodePkce.photos', guard: 'photosReturned' },
          { target: '#authorizationCodePkce.apiError' },
        ],
      },
    ),
    photos: end(STEPS.photos),
    accessDenied: end(STEPS.accessDenied),
    stateMismatch: end(STEPS.stateMismatch),
    issuerMismatch: end(STEPS.issuerMismatch),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})

export { BROWSER }
