import { and } from 'xstate'
import { stepStates } from '../kit/step-states'
import { refreshTokenSetup as flowSetup, type RefreshTokenContext } from './refresh-token.setup'
import { STEPS } from './refresh-token.steps'

const { work, rest, end } = stepStates(flowSetup, {
  target: '#refreshToken.failed',
  actions: 'storeFailure',
})
type Invoke = Parameters<typeof work>[1]
const AN_HOUR = 3600
const currentRefreshToken = (context: RefreshTokenContext) =>
  context.tokens?.ok ? (context.tokens.refreshToken ?? '') : ''
const callingApi = (waitSeconds: number) =>
  ({
    src: 'callApi',
    input: ({ context }) => ({ lab: context.lab, tokens: context.tokens, waitSeconds }),
    onDone: { target: 'shown', actions: { type: 'storeApi', params: ({ event }) => event.output } },
  }) satisfies Invoke

/**
 * Refresh, rotation, reuse detection and revocation for the confidential client printshop
 * (RFC 6749 §6, RFC 9700 §4.14, RFC 7009, RFC 7662):
 *
 *   1 earlier           the Authorization Code flow, condensed (1a-1g)  → tokens
 *   2 anHourLater       +1 h, GET /photos                → 401 invalid_token (expired)
 *   3 refreshRequest    POST /token refresh_token        → 200 new tokens (rotated)
 *   4 refreshResponse   the response of 3
 *   5 apiRetry          GET /photos                      → 200
 *   6 photos            the response of 5 (choice: replay the old refresh token)
 *   7 revoke            POST /revoke                     → 200
 *   8 introspect        POST /introspect                 → active: false
 *   9 apiAfterRevoke    GET /photos                      → 200 (a JWT is checked locally)
 *  10 accessTokenExpires +1 h, GET /photos               → 401
 *  11 disconnected      the response of 10: the end
 * With the photo API introspecting (the switch): 8 → apiAsksServer (GET /photos, the API posts the
 * token to /introspect → 401) → refusedAtOnce.
 * Replay: 6 → replayOld (400, family revoked) → newestRefused (400) → familyRevoked.
 */
export const refreshTokenMachine = flowSetup.createMachine({
  id: 'refreshToken',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'earlier',
  states: {
    earlier: work(
      STEPS.earlier,
      {
        src: 'authorizeEarlier',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeTokens', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.anHourLater', guard: 'tokensHeld' },
          { target: '#refreshToken.tokenError' },
        ],
      },
    ),
    anHourLater: work(STEPS.anHourLater, callingApi(AN_HOUR), {
      'step.next': [
        { target: '#refreshToken.refreshRequest', guard: { type: 'apiStatus', params: 401 } },
        { target: '#refreshToken.apiError' },
      ],
    }),
    refreshRequest: work(
      STEPS.refreshRequest,
      {
        src: 'refresh',
        input: ({ context }) => ({
          lab: context.lab,
          refreshToken: currentRefreshToken(context),
          label: 'Refresh request',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeRefresh', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.refreshResponse', guard: 'tokensHeld' },
          { target: '#refreshToken.tokenError' },
        ],
      },
    ),
    refreshResponse: rest(STEPS.refreshResponse, { 'step.next': 'apiRetry' }),
    apiRetry: work(STEPS.apiRetry, callingApi(0), {
      'step.next': [
        { target: '#refreshToken.photos', guard: { type: 'apiStatus', params: 200 } },
        { target: '#refreshToken.apiError' },
      ],
    }),
    photos: rest(STEPS.photos, { 'step.next': 'revoke', 'choice.replay': 'replayOld' }),
    replayOld: work(
      STEPS.replayOld,
      {
        src: 'refresh',
        input: ({ context }) => ({
          lab: context.lab,
          refreshToken: context.usedRefreshToken ?? '',
          label: 'Refresh request (replayed token)',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeRefused', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.newestRefused', guard: 'refreshRefused' },
          { target: '#refreshToken.failed', actions: 'replayAccepted' },
        ],
      },
    ),
    newestRefused: work(
      STEPS.newestRefused,
      {
        src: 'refresh',
        input: ({ context }) => ({
          lab: context.lab,
          refreshToken: currentRefreshToken(context),
          label: 'Refresh request',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeRefused', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.familyRevoked', guard: 'refreshRefused' },
          { target: '#refreshToken.failed', actions: 'replayAccepted' },
        ],
      },
    ),
    familyRevoked: end(STEPS.familyRevoked),
    revoke: work(
      STEPS.revoke,
      {
        src: 'revoke',
        input: ({ context }) => ({ lab: context.lab, tokens: context.tokens }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeRevocation', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.introspect', guard: 'revoked' },
          { target: '#refreshToken.tokenError' },
        ],
      },
    ),
    introspect: work(
      STEPS.introspect,
      {
        src: 'introspect',
        input: ({ context }) => ({ lab: context.lab, tokens: context.tokens }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeIntrospection', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshToken.apiAsksServer', guard: and(['inactive', 'apiIntrospects']) },
          { target: '#refreshToken.apiAfterRevoke', guard: 'inactive' },
          { target: '#refreshToken.tokenError' },
        ],
      },
    ),
    apiAfterRevoke: work(STEPS.apiAfterRevoke, callingApi(0), {
      'step.next': [
        { target: '#refreshToken.accessTokenExpires', guard: { type: 'apiStatus', params: 200 } },
        { target: '#refreshToken.apiError' },
      ],
    }),
    apiAsksServer: work(STEPS.apiAsksServer, callingApi(0), {
      'step.next': [
        { target: '#refreshToken.refusedAtOnce', guard: { type: 'apiStatus', params: 401 } },
        { target: '#refreshToken.apiError' },
      ],
    }),
    refusedAtOnce: end(STEPS.refusedAtOnce),
    accessTokenExpires: work(STEPS.accessTokenExpires, callingApi(AN_HOUR), {
      'step.next': [
        { target: '#refreshToken.disconnected', guard: { type: 'apiStatus', params: 401 } },
        { target: '#refreshToken.apiError' },
      ],
    }),
    disconnected: end(STEPS.disconnected),
    tokenError: end(STEPS.tokenError),
    apiError: end(STEPS.apiError),
    failed: end(STEPS.failed),
  },
})
