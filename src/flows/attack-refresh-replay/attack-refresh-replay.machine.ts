import { and } from 'xstate'
import { stepStates, unexpected } from '../kit/step-states'
import {
  AN_HOUR,
  refreshReplaySetup as flowSetup,
  refreshTokenOf,
  type RefreshReplayContext,
} from './attack-refresh-replay.setup'
import { STEPS } from './attack-refresh-replay.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#refreshReplay.failed',
  actions: 'storeFailure',
})
type Invoke = Parameters<typeof work>[1]

/** A refresh request by the app or by Mallory, with the refresh token `tokenOf` picks. */
const refreshing = (
  by: 'app' | 'mallory',
  tokenOf: (context: RefreshReplayContext) => string,
  waitSeconds: number,
  store: 'storeAppRefresh' | 'storeMallorys' | 'storeAppAgain' | 'storeMallorysAgain',
) =>
  ({
    src: 'refresh',
    input: ({ context }) => ({ lab: context.lab, refreshToken: tokenOf(context), waitSeconds, by }),
    onDone: { target: 'shown', actions: { type: store, params: ({ event }) => event.output } },
  }) satisfies Invoke
const appsToken = (context: RefreshReplayContext) => refreshTokenOf(context.tokens)
const stolenToken = (context: RefreshReplayContext) => context.stolenRefreshToken ?? ''
const mallorysOwnToken = (context: RefreshReplayContext) => refreshTokenOf(context.mallorys)

/**
 * Refresh token replay (RFC 9700 §4.14) against the public client photo-spa:
 *
 *   1 earlier          the Authorization Code flow, condensed → the app holds AT1, RT1
 *   2 stolen           back   Mallory's script POSTs RT1 to mallory.example/collect
 *   3 clientRefreshes  back   +1 h, the app refreshes with RT1 → 200 (RT2 with rotation)
 *   4 mallorysRefresh  back   Mallory refreshes with RT1 → 400 with rotation, 200 without
 *   5 appCutOff        back   +1 h, the app refreshes with RT2 → 400: the grant is revoked
 *   6 theftDetected    the 400 of 5: the end with rotation
 *   5 mallorysApiCall  back   without rotation: GET /photos with Mallory's new access token
 *   6 alicesPhotos     the 200 of 5
 * Mallory first (a choice at 2): malloryFirst (200) → with rotation, appRefusedFirst (+1 h, 400:
 * the grant is revoked) → mallorysTokenDead (her new refresh token, 400) → reuseDetected; without
 * rotation, mallorysApiCall → alicesPhotos.
 */
export const refreshReplayMachine = flowSetup.createMachine({
  id: 'refreshReplay',
  context: ({ input }) => ({ lab: input.lab, switches: input.switches ?? {} }),
  initial: 'earlier',
  states: {
    earlier: work(
      STEPS.earlier,
      {
        src: 'earlier',
        input: ({ context }) => ({ lab: context.lab }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeEarlier', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshReplay.stolen', guard: 'appHoldsRefreshToken' },
          { target: '#refreshReplay.failed', actions: unexpected('The app got no refresh token.') },
        ],
      },
    ),
    stolen: work(
      STEPS.stolen,
      {
        src: 'steal',
        input: ({ context }) => ({
          lab: context.lab,
          refreshToken: refreshTokenOf(context.tokens),
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshReplay.clientRefreshes', guard: 'collected' },
          { target: '#refreshReplay.failed', actions: unexpected('Mallory’s site took nothing.') },
        ],
        'choice.malloryFirst': [
          { target: '#refreshReplay.malloryFirst', guard: 'collected' },
          { target: '#refreshReplay.failed', actions: unexpected('Mallory’s site took nothing.') },
        ],
      },
    ),
    clientRefreshes: work(
      STEPS.clientRefreshes,
      refreshing('app', appsToken, AN_HOUR, 'storeAppRefresh'),
      {
        'step.next': [
          { target: '#refreshReplay.mallorysRefresh', guard: 'appRefreshed' },
          { target: '#refreshReplay.failed', actions: unexpected('The app’s refresh failed.') },
        ],
      },
    ),
    mallorysRefresh: work(
      STEPS.mallorysRefresh,
      refreshing('mallory', stolenToken, 0, 'storeMallorys'),
      {
        'step.next': [
          { target: '#refreshReplay.mallorysApiCall', guard: 'mallorysIssued' },
          { target: '#refreshReplay.appCutOff', guard: 'mallorysRefused' },
          { target: '#refreshReplay.failed', actions: unexpected('The token endpoint failed.') },
        ],
      },
    ),
    appCutOff: work(STEPS.appCutOff, refreshing('app', appsToken, AN_HOUR, 'storeAppAgain'), {
      'step.next': [
        { target: '#refreshReplay.theftDetected', guard: 'appRefused' },
        {
          target: '#refreshReplay.failed',
          actions: unexpected('The app’s refresh token still works: the grant was not revoked.'),
        },
      ],
    }),
    theftDetected: end(STEPS.theftDetected),
    malloryFirst: work(STEPS.malloryFirst, refreshing('mallory', stolenToken, 0, 'storeMallorys'), {
      'step.next': [
        {
          target: '#refreshReplay.appRefusedFirst',
          guard: and(['mallorysIssued', 'rotationOn']),
        },
        { target: '#refreshReplay.mallorysApiCall', guard: 'mallorysIssued' },
        { target: '#refreshReplay.failed', actions: unexpected('The token endpoint failed.') },
      ],
    }),
    appRefusedFirst: work(
      STEPS.appRefusedFirst,
      refreshing('app', appsToken, AN_HOUR, 'storeAppAgain'),
      {
        'step.next': [
          { target: '#refreshReplay.mallorysTokenDead', guard: 'appRefused' },
          {
            target: '#refreshReplay.failed',
            actions: unexpected('The used refresh token was accepted: reuse went unnoticed.'),
          },
        ],
      },
    ),
    mallorysTokenDead: work(
      STEPS.mallorysTokenDead,
      refreshing('mallory', mallorysOwnToken, 0, 'storeMallorysAgain'),
      {
        'step.next': [
          { target: '#refreshReplay.reuseDetected', guard: 'mallorysAgainRefused' },
          {
            target: '#refreshReplay.failed',
            actions: unexpected('Mallory’s refresh token still works: the grant was not revoked.'),
          },
        ],
      },
    ),
    reuseDetected: end(STEPS.reuseDetected),
    mallorysApiCall: work(
      STEPS.mallorysApiCall,
      {
        src: 'callApi',
        input: ({ context }) => ({ lab: context.lab, tokens: context.mallorys }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeApi', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#refreshReplay.alicesPhotos', guard: 'photosReturned' },
          { target: '#refreshReplay.failed', actions: unexpected('The photo API refused.') },
        ],
      },
    ),
    alicesPhotos: end(STEPS.alicesPhotos),
    failed: end(STEPS.failed),
  },
})
