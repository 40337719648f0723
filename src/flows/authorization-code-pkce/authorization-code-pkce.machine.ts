import { not } from 'xstate'
import { acpSetup, DEMO_LOGIN, type AuthCodePkceContext } from './authorization-code-pkce.setup'
import { STEPS } from './authorization-code-pkce.steps'
import { readTokenResponse } from './responses'
import { requestStep, type AcpInvoke } from './request-step'

export type { AuthCodePkceContext, AuthCodePkceEvent } from './authorization-code-pkce.setup'

/**
 * Authorization Code + PKCE for the public client photo-spa (RFC 6749 §4.1, RFC 7636, OAuth 2.1
 * §4.1). One state per step; each step is one recorded exchange or one local computation:
 *
 *   1 pkce                 local  client makes code_verifier, S256 code_challenge, state
 *   2 authorizationRequest front  GET  /authorize     → 302 /login
 *   3 loginPage            front  GET  /login         → 200 login form
 *   4 credentials          front  POST /login         → 303 /consent  (loginRejected: 401 form again)
 *   5 consentPage          front  GET  /consent       → 200 consent form
 *   6 approval | denial    front  POST /consent       → 303 redirect_uri?code… | ?error=access_denied…
 *   7 callback             front  GET  redirect_uri   → the client checks state and iss
 *   8 tokenRequest         back   POST /token         → 200 tokens (or 400: tokenError)
 *   9 tokenResponse        back   the response of 8, as the client reads it
 *  10 apiRequest           back   GET  /photos        → 200 photos (or 401/403: apiError)
 *  11 photos               back   the response of 10: the end
 * Denied: 6 denial, 7 deniedCallback, 8 accessDenied. A bad callback ends in stateMismatch or
 * issuerMismatch; anything unexpected in failed.
 *
 * A step's work runs in its `running` child; its `shown` child (tag `settled`) waits for the
 * learner. requestStep (request-step.ts) builds those two children from the step's actor and its
 * learner events; steps that do no work (loginRejected, tokenResponse, the ends) are written out.
 * `step.next` takes the default decision: Alice's demo credentials, then approve.
 */
const labOf = ({ context }: { context: AuthCodePkceContext }) => ({ lab: context.lab })
/** Both callbacks: follow the redirect to redirect_uri and keep what its query says. */
const followToCallback = {
  src: 'browserFollow',
  input: labOf,
  onDone: {
    target: 'shown',
    actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) },
  },
} satisfies AcpInvoke

export const authorizationCodePkceMachine = acpSetup.createMachine({
  id: 'acp',
  context: ({ input }) => ({ lab: input.lab, login: DEMO_LOGIN }),
  initial: 'pkce',
  states: {
    pkce: requestStep(
      STEPS.pkce,
      {
        src: 'makePkce',
        onDone: {
          target: 'shown',
          actions: { type: 'storePkce', params: ({ event }) => event.output },
        },
      },
      { 'step.next': '#acp.authorizationRequest' },
    ),
    authorizationRequest: requestStep(
      STEPS.authorizationRequest,
      { src: 'browserOpen', input: ({ context }) => ({ lab: context.lab, pkce: context.pkce }) },
      { 'step.next': '#acp.loginPage' },
    ),
    loginPage: requestStep(
      STEPS.loginPage,
      { src: 'browserFollow', input: labOf },
      {
        'step.next': { target: '#acp.credentials', actions: 'useDemoLogin' },
        'user.login.submit': { target: '#acp.credentials', actions: 'useTypedLogin' },
      },
    ),
    credentials: requestStep(
      STEPS.credentials,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({ lab: context.lab, fields: context.login }),
        onDone: [
          {
            target: 'shown',
            guard: {
              type: 'loginAccepted',
              params: ({ event }) => ({ status: event.output.status }),
            },
          },
          { target: '#acp.loginRejected' },
        ],
      },
      { 'step.next': '#acp.consentPage' },
    ),
    loginRejected: {
      meta: STEPS.loginRejected,
      tags: 'settled',
      on: {
        'step.next': { target: 'credentials', actions: 'useDemoLogin' },
        'user.login.submit': { target: 'credentials', actions: 'useTypedLogin' },
      },
    },
    consentPage: requestStep(
      STEPS.consentPage,
      { src: 'browserFollow', input: labOf },
      {
        'step.next': '#acp.approval',
        'user.consent.approve': '#acp.approval',
        'user.consent.deny': '#acp.denial',
      },
    ),
    approval: requestStep(
      STEPS.approval,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({ lab: context.lab, fields: {}, button: 'approve' }),
      },
      { 'step.next': '#acp.callback' },
    ),
    denial: requestStep(
      STEPS.denial,
      {
        src: 'browserSubmit',
        input: ({ context }) => ({ lab: context.lab, fields: {}, button: 'deny' }),
      },
      { 'step.next': '#acp.deniedCallback' },
    ),
    callback: requestStep(STEPS.callback, followToCallback, {
      'step.next': [
        { target: '#acp.stateMismatch', guard: not('stateMatches') },
        { target: '#acp.issuerMismatch', guard: not('issuerMatches') },
        { target: '#acp.tokenRequest', guard: 'hasCode' },
        { target: '#acp.failed', actions: 'storeCallbackError' },
      ],
    }),
    deniedCallback: requestStep(STEPS.deniedCallback, followToCallback, {
      'step.next': [
        { target: '#acp.stateMismatch', guard: not('stateMatches') },
        { target: '#acp.issuerMismatch', guard: not('issuerMatches') },
        { target: '#acp.accessDenied', guard: 'accessDenied' },
        { target: '#acp.failed', actions: 'storeCallbackError' },
      ],
    }),
    tokenRequest: requestStep(
      STEPS.tokenRequest,
      {
        src: 'requestTokens',
        input: ({ context }) => ({
          lab: context.lab,
          code: context.callback?.code ?? '',
          codeVerifier: context.pkce?.codeVerifier ?? '',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeTokens', params: ({ event }) => readTokenResponse(event.output) },
        },
      },
      {
        'step.next': [
          { target: '#acp.tokenResponse', guard: 'tokensIssued' },
          { target: '#acp.tokenError' },
        ],
      },
    ),
    tokenResponse: {
      meta: STEPS.tokenResponse,
      tags: 'settled',
      on: { 'step.next': 'apiRequest' },
    },
    apiRequest: requestStep(
      STEPS.apiRequest,
      {
        src: 'callPhotos',
        input: ({ context }) => ({
          lab: context.lab,
          accessToken: context.tokens?.ok ? context.tokens.accessToken : '',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#acp.photos', guard: 'photosReturned' },
          { target: '#acp.apiError' },
        ],
      },
    ),
    photos: { meta: STEPS.photos, tags: 'settled', type: 'final' },
    accessDenied: { meta: STEPS.accessDenied, tags: 'settled', type: 'final' },
    stateMismatch: { meta: STEPS.stateMismatch, tags: 'settled', type: 'final' },
    issuerMismatch: { meta: STEPS.issuerMismatch, tags: 'settled', type: 'final' },
    tokenError: { meta: STEPS.tokenError, tags: 'settled', type: 'final' },
    apiError: { meta: STEPS.apiError, tags: 'settled', type: 'final' },
    failed: { meta: STEPS.failed, tags: 'settled', type: 'final' },
  },
})
