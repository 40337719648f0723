import type { StepForm } from '../kit/step-meta'
import { stepStates } from '../kit/step-states'
import { issuedTokens, openIdConnectSetup as flowSetup } from './openid-connect.setup'
import { STEPS } from './openid-connect.steps'

const browser = { role: 'user-agent' } as const
const { work, rest, end } = stepStates(flowSetup, {
  target: '#openIdConnect.failed',
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
  src: 'browserFollow',
  input: ({ context }) => ({ lab: context.lab, ...browser }),
  onDone: {
    target: 'shown',
    actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) },
  },
} satisfies Parameters<typeof work>[1]
/** After the callback: oauth4webapi's verdict decides (iss, then state, then an error response). */
const readCallback = [
  { target: '#openIdConnect.tokenRequest', guard: 'callbackAccepted' },
  { target: '#openIdConnect.accessDenied', guard: 'accessDenied' },
  {
    target: '#openIdConnect.stateMismatch',
    guard: { type: 'callbackRefused', params: 'state-mismatch' },
  },
  {
    target: '#openIdConnect.issuerMismatch',
    guard: { type: 'callbackRefused', params: 'issuer-mismatch' },
  },
  { target: '#openIdConnect.failed', actions: 'storeCallbackError' },
] as const

/**
 * OpenID Connect sign-in with the authorization code flow (OIDC Core §3.1) for the confidential
 * web app printshop, with PKCE and a nonce:
 *
 *   1 start                local  code_verifier, S256 challenge, state, nonce
 *   2 authorizationRequest front  GET  /authorize (scope openid …) → 302 /login
 *   3 loginPage            front  GET  /login       → 200 form
 *   4 credentials          front  POST /login       → 303 /consent (loginRejected: the form again)
 *   5 consentPage          front  GET  /consent     → 200 form (Deny: denial, deniedCallback, accessDenied)
 *   6 approval             front  POST /consent     → 303 redirect_uri?code…
 *   7 callback             front  GET  redirect_uri → oauth4webapi checks iss and state
 *   8 tokenRequest         back   POST /token (Basic) → 200 access, refresh and ID tokens (tokenError)
 *   9 tokenResponse        back   the response of 8, the ID token validated by oauth4webapi
 *  10 idTokenChecks        local  iss, aud, signature, exp, nonce, at_hash one by one (idTokenRejected)
 *  11 userinfoRequest      back   GET  /userinfo    → 200 claims (userinfoError)
 *  12 userinfoResponse     back   the response of 11, sub compared with the ID token's
 *  13 conclusions          local  what each token proves: the end
 */
export const openIdConnectMachine = flowSetup.createMachine({
  id: 'openIdConnect',
  context: ({ input }) => ({ lab: input.lab }),
  initial: 'start',
  states: {
    start: work(
      STEPS.start,
      {
        src: 'startAuthorization',
        onDone: {
          target: 'shown',
          actions: { type: 'storeStart', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#openIdConnect.authorizationRequest' },
    ),
    authorizationRequest: work(
      STEPS.authorizationRequest,
      {
        src: 'browserOpen',
        input: ({ context }) => ({ lab: context.lab, ...browser, url: context.start?.url ?? '' }),
      },
      { 'step.next': '#openIdConnect.loginPage' },
    ),
    loginPage: work(
      STEPS.loginPage,
      { src: 'browserFollow', input: ({ context }) => ({ lab: context.lab, ...browser }) },
      {
        'step.next': {
          target: '#openIdConnect.credentials',
          actions: submitting(STEPS.loginPage.form),
        },
        'form.submit': {
          target: '#openIdConnect.credentials',
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
          { target: '#openIdConnect.loginRejected' },
        ],
      },
      { 'step.next': '#openIdConnect.consentPage' },
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
          target: '#openIdConnect.approval',
          actions: submitting(STEPS.consentPage.form),
        },
        'choice.deny': {
          target: '#openIdConnect.denial',
          actions: submitting({ ...STEPS.consentPage.form, submitter: 'deny' }),
        },
        'form.submit': [
          {
            target: '#openIdConnect.denial',
            guard: 'deniedInPage',
            actions: submitting(STEPS.consentPage.form),
          },
          { target: '#openIdConnect.approval', actions: submitting(STEPS.consentPage.form) },
        ],
      },
    ),
    approval: work(STEPS.approval, submit, { 'step.next': '#openIdConnect.callback' }),
    denial: work(STEPS.denial, submit, { 'step.next': '#openIdConnect.deniedCallback' }),
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
          { target: '#openIdConnect.tokenResponse', guard: 'signedIn' },
          { target: '#openIdConnect.tokenError' },
        ],
      },
    ),
    tokenResponse: rest(STEPS.tokenResponse, { 'step.next': 'idTokenChecks' }),
    idTokenChecks: work(
      STEPS.idTokenChecks,
      {
        src: 'checkIdToken',
        input: ({ context }) => ({
          lab: context.lab,
          start: context.start,
          tokens: issuedTokens(context),
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeIdTokenChecks', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#openIdConnect.userinfoRequest', guard: 'idTokenAccepted' },
          { target: '#openIdConnect.idTokenRejected' },
        ],
      },
    ),
    userinfoRequest: work(
      STEPS.userinfoRequest,
      {
        src: 'requestUserInfo',
        input: ({ context }) => ({ lab: context.lab, tokens: issuedTokens(context) }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeUserInfo', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#openIdConnect.userinfoResponse', guard: 'userInfoReturned' },
          { target: '#openIdConnect.userinfoError' },
        ],
      },
    ),
    userinfoResponse: rest(STEPS.userinfoResponse, { 'step.next': 'conclusions' }),
    conclusions: end(STEPS.conclusions),
    tokenError: end(STEPS.tokenError),
    idTokenRejected: end(STEPS.idTokenRejected),
    userinfoError: end(STEPS.userinfoError),
    accessDenied: end(STEPS.accessDenied),
    stateMismatch: end(STEPS.stateMismatch),
    issuerMismatch: end(STEPS.issuerMismatch),
    failed: end(STEPS.failed),
  },
})
