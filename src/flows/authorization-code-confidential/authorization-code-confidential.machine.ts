import type { StepForm } from '../kit/step-meta'
import { stepStates } from '../kit/step-states'
import { authorizationCodeConfidentialSetup as flowSetup } from './authorization-code-confidential.setup'
import { BROWSER, STEPS } from './authorization-code-confidential.steps'

const browser = { role: 'user-agent' } as const
const { work, rest, end } = stepStates(flowSetup, {
  target: '#authorizationCodeConfidential.failed',
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
  { target: '#authorizationCodeConfidential.tokenRequest', guard: 'callbackAccepted' },
  { target: '#authorizationCodeConfidential.accessDenied', guard: 'accessDenied' },
  {
    target: '#authorizationCodeConfidential.stateMismatch',
    guard: { type: 'callbackRefused', params: 'state-mismatch' },
  },
  {
    target: '#authorizationCodeConfidential.issuerMismatch',
    guard: { type: 'callbackRefused', params: 'issuer-mismatch' },
  },
  { target: '#authorizationCodeConfidential.failed', actions: 'storeCallbackError' },
] as const

/**
 * Authorization Code + PKCE for the confidential web app printshop (RFC 6749 §4.1, RFC 7636, OAuth
 * 2.1 §4.1): the front channel as for a public client, then the token request from Printshop's
 * server with its secret (client_secret_basic).
 *
 *   1 pkce                 local  Printshop's server makes code_verifier, S256 challenge, state
 *   2 authorizationRequest front  GET  /authorize      → 302 /login
 *   3 loginPage            front  GET  /login          → 200 login form
 *   4 credentials          front  POST /login          → 303 /consent  (loginRejected: the form again)
 *   5 consentPage          front  GET  /consent        → 200 consent form
 *   6 approval | denial    front  POST /consent        → 303 redirect_uri?code… | ?error=access_denied…
 *   7 callback             front  GET  redirect_uri    → Printshop's server checks iss and state
 *   8 tokenRequest         back   POST /token (Basic) → 200 tokens (or tokenError)
 *   9 tokenResponse        back   the response of 8: the tokens stay on the server
 *  10 apiRequest           back   GET  /photos         → 200 photos (or apiError)
 *  11 photos               back   the response of 10
 *  12 contrast             local  what a confidential client changes, and what it does not: the end
 */
export const authorizationCodeConfidentialMachine = flowSetup.createMachine({
  id: 'authorizationCodeConfidential',
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
      { 'step.next': '#authorizationCodeConfidential.authorizationRequest' },
    ),
    authorizationRequest: work(
      STEPS.authorizationRequest,
      {
        src: 'browserOpen',
        input: ({ context }) => ({ lab: context.lab, ...browser, url: context.start?.url ?? '' }),
      },
      { 'step.next': '#authorizationCodeConfidential.loginPage' },
    ),
    loginPage: work(
      STEPS.loginPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': {
          target: '#authorizationCodeConfidential.credentials',
          actions: submitting(STEPS.loginPage.form),
        },
        'form.submit': {
          target: '#authorizationCodeConfidential.credentials',
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
          { target: '#authorizationCodeConfidential.loginRejected' },
        ],
      },
      { 'step.next': '#authorizationCodeConfidential.consentPage' },
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
          target: '#authorizationCodeConfidential.approval',
          actions: submitting(STEPS.consentPage.form),
        },
        'choice.deny': {
          target: '#authorizationCodeConfidential.denial',
          actions: submitting({ ...STEPS.consentPage.form, submitter: 'deny' }),
        },
        'form.submit': [
          {
            target: '#authorizationCodeConfidential.denial',
            guard: 'deniedInPage',
            actions: submitting(STEPS.consentPage.form),
          },
          {
            target: '#authorizationCodeConfidential.approval',
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
      { 'step.next': '#authorizationCodeConfidential.callback' },
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
      { 'step.next': '#authorizationCodeConfidential.deniedCallback' },
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
          { target: '#authorizationCodeConfidential.tokenResponse', guard: 'tokensIssued' },
          { target: '#authorizationCodeConfidential.tokenError' },
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
          { target: '#authorizationCodeConfidential.photos', guard: 'photosReturned' },
          { target: '#authorizationCodeConfidential.apiError' },
        ],
      },
    ),
    photos: rest(STEPS.photos, { 'step.next': 'contrast' }),
    contrast: end(STEPS.contrast),
    accessDenied: end(STEPS.accessDenied),
    stateMismatch: end(STEPS.stateMismatch),
    issuerMismatch: end(STEPS.issuerMismatch),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})

export { BROWSER }
