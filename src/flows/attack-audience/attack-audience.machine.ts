import { stepStates, unexpected } from '../kit/step-states'
import { audienceSetup as flowSetup } from './attack-audience.setup'
import { STEPS } from './attack-audience.steps'

const { work, end } = stepStates(flowSetup, {
  target: '#audience.failed',
  actions: 'storeFailure',
})

/**
 * A photo API token replayed at the calendar API (RFC 9068 §4, RFC 9700 §2.3):
 *
 *   1 earlier          the Authorization Code flow, condensed → the app holds a token for the photo API
 *   2 stolen           back   Mallory's script POSTs the access token to mallory.example/collect
 *   3 calendarRequest  back   Mallory GETs api.calendar.example/events with it
 *   4 refused          the 401 of 3: the end with the aud check
 *   4 alicesCalendar   the 200 of 3: the end without it
 */
export const audienceMachine = flowSetup.createMachine({
  id: 'audience',
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
          actions: { type: 'storeTokens', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#audience.stolen', guard: 'tokensHeld' },
          { target: '#audience.failed', actions: unexpected('The app got no access token.') },
        ],
      },
    ),
    stolen: work(
      STEPS.stolen,
      {
        src: 'steal',
        input: ({ context }) => ({
          lab: context.lab,
          accessToken: context.tokens?.ok ? context.tokens.accessToken : '',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeStolen', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#audience.calendarRequest', guard: 'collected' },
          { target: '#audience.failed', actions: unexpected('Mallory’s site took nothing.') },
        ],
      },
    ),
    calendarRequest: work(
      STEPS.calendarRequest,
      {
        src: 'callCalendar',
        input: ({ context }) => ({
          lab: context.lab,
          accessToken: context.stolenAccessToken ?? '',
        }),
        onDone: {
          target: 'shown',
          actions: { type: 'storeCalendar', params: ({ event }) => event.output },
        },
      },
      {
        'step.next': [
          { target: '#audience.alicesCalendar', guard: 'calendarServed' },
          { target: '#audience.refused', guard: 'tokenRefused' },
          {
            target: '#audience.failed',
            actions: unexpected(
              'The calendar API answered neither its calendar nor invalid_token.',
            ),
          },
        ],
      },
    ),
    refused: end(STEPS.refused),
    alicesCalendar: end(STEPS.alicesCalendar),
    failed: end(STEPS.failed),
  },
})
