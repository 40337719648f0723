import { not } from 'xstate'
import { acpSetup, DEMO_LOGIN, type AuthCodePkceContext } from './authorization-code-pkce.setup'
import { STEPS } from './authorization-code-pkce.steps'
import { readTokenResponse } from './responses'

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
 * learner. `step.next` takes the default decision: Alice's demo credentials, then approve.
 */
/** Where every actor's failure goes: the `failed` end, with the error in words. */
const FAIL = { target: '#acp.failed', actions: 'storeFailure' } as const
const labOf = ({ context }: { context: AuthCodePkceContext }) => ({ lab: context.lab })

export const authorizationCodePkceMachine = acpSetup.createMachine({
  id: 'acp',
  context: ({ input }) => ({ lab: input.lab, login: DEMO_LOGIN }),
  initial: 'pkce',
  states: {
    pkce: {
      meta: STEPS.pkce,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'makePkce',
            onDone: { target: 'shown', actions: { type: 'storePkce', params: ({ event }) => event.output } },
            onError: FAIL,
          },
        },
        shown: { tags: 'settled', on: { 'step.next': '#acp.authorizationRequest' } },
      },
    },
    authorizationRequest: {
      meta: STEPS.authorizationRequest,
      initial: 'running',
      states: {
        running: { invoke: { src: 'browserOpen', input: ({ context }) => ({ lab: context.lab, pkce: context.pkce }), onDone: 'shown', onError: FAIL } },
        shown: { tags: 'settled', on: { 'step.next': '#acp.loginPage' } },
      },
    },
    loginPage: {
      meta: STEPS.loginPage,
      initial: 'running',
      states: {
        running: { invoke: { src: 'browserFollow', input: labOf, onDone: 'shown', onError: FAIL } },
        shown: {
          tags: 'settled',
          on: {
            'step.next': { target: '#acp.credentials', actions: 'useDemoLogin' },
            'user.login.submit': { target: '#acp.credentials', actions: 'useTypedLogin' },
          },
        },
      },
    },
    credentials: {
      meta: STEPS.credentials,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'browserSubmit',
            input: ({ context }) => ({ lab: context.lab, fields: context.login }),
            onDone: [
              { target: 'shown', guard: { type: 'loginAccepted', params: ({ event }) => ({ status: event.output.status }) } },
              { target: '#acp.loginRejected' },
            ],
            onError: FAIL,
          },
        },
        shown: { tags: 'settled', on: { 'step.next': '#acp.consentPage' } },
      },
    },
    loginRejected: {
      meta: STEPS.loginRejected,
      tags: 'settled',
      on: {
        'step.next': { target: 'credentials', actions: 'useDemoLogin' },
        'user.login.submit': { target: 'credentials', actions: 'useTypedLogin' },
      },
    },
    consentPage: {
      meta: STEPS.consentPage,
      initial: 'running',
      states: {
        running: { invoke: { src: 'browserFollow', input: labOf, onDone: 'shown', onError: FAIL } },
        shown: {
          tags: 'settled',
          on: { 'step.next': '#acp.approval', 'user.consent.approve': '#acp.approval', 'user.consent.deny': '#acp.denial' },
        },
      },
    },
    approval: {
      meta: STEPS.approval,
      initial: 'running',
      states: {
        running: { invoke: { src: 'browserSubmit', input: ({ context }) => ({ lab: context.lab, fields: {}, button: 'approve' }), onDone: 'shown', onError: FAIL } },
        shown: { tags: 'settled', on: { 'step.next': '#acp.callback' } },
      },
    },
    denial: {
      meta: STEPS.denial,
      initial: 'running',
      states: {
        running: { invoke: { src: 'browserSubmit', input: ({ context }) => ({ lab: context.lab, fields: {}, button: 'deny' }), onDone: 'shown', onError: FAIL } },
        shown: { tags: 'settled', on: { 'step.next': '#acp.deniedCallback' } },
      },
    },
    callback: {
      meta: STEPS.callback,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'browserFollow',
            input: labOf,
            onDone: { target: 'shown', actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) } },
            onError: FAIL,
          },
        },
        shown: {
          tags: 'settled',
          on: {
            'step.next': [
              { target: '#acp.stateMismatch', guard: not('stateMatches') },
              { target: '#acp.issuerMismatch', guard: not('issuerMatches') },
              { target: '#acp.tokenRequest', guard: 'hasCode' },
              { target: '#acp.failed', actions: 'storeCallbackError' },
            ],
          },
        },
      },
    },
    deniedCallback: {
      meta: STEPS.deniedCallback,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'browserFollow',
            input: labOf,
            onDone: { target: 'shown', actions: { type: 'storeCallback', params: ({ event }) => ({ url: event.output.url }) } },
            onError: FAIL,
          },
        },
        shown: {
          tags: 'settled',
          on: {
            'step.next': [
              { target: '#acp.stateMismatch', guard: not('stateMatches') },
              { target: '#acp.issuerMismatch', guard: not('issuerMatches') },
              { target: '#acp.accessDenied', guard: 'accessDenied' },
              { target: '#acp.failed', actions: 'storeCallbackError' },
            ],
          },
        },
      },
    },
    tokenRequest: {
      meta: STEPS.tokenRequest,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'requestTokens',
            input: ({ context }) => ({ lab: context.lab, code: context.callback?.code ?? '', codeVerifier: context.pkce?.codeVerifier ?? '' }),
            onDone: { target: 'shown', actions: { type: 'storeTokens', params: ({ event }) => readTokenResponse(event.output) } },
            onError: FAIL,
          },
        },
        shown: { tags: 'settled', on: { 'step.next': [{ target: '#acp.tokenResponse', guard: 'tokensIssued' }, { target: '#acp.tokenError' }] } },
      },
    },
    tokenResponse: { meta: STEPS.tokenResponse, tags: 'settled', on: { 'step.next': 'apiRequest' } },
    apiRequest: {
      meta: STEPS.apiRequest,
      initial: 'running',
      states: {
        running: {
          invoke: {
            src: 'callPhotos',
            input: ({ context }) => ({ lab: context.lab, accessToken: context.tokens?.ok ? context.tokens.accessToken : '' }),
            onDone: { target: 'shown', actions: { type: 'storeApi', params: ({ event }) => event.output } },
            onError: FAIL,
          },
        },
        shown: { tags: 'settled', on: { 'step.next': [{ target: '#acp.photos', guard: 'photosReturned' }, { target: '#acp.apiError' }] } },
      },
    },
    photos: { meta: STEPS.photos, tags: 'settled', type: 'final' },
    accessDenied: { meta: STEPS.accessDenied, tags: 'settled', type: 'final' },
    stateMismatch: { meta: STEPS.stateMismatch, tags: 'settled', type: 'final' },
    issuerMismatch: { meta: STEPS.issuerMismatch, tags: 'settled', type: 'final' },
    tokenError: { meta: STEPS.tokenError, tags: 'settled', type: 'final' },
    apiError: { meta: STEPS.apiError, tags: 'settled', type: 'final' },
    failed: { meta: STEPS.failed, tags: 'settled', type: 'final' },
  },
})
