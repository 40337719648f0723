import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { API_AUDIENCE, ATTACKER_ORIGIN, CALENDAR_API_ORIGIN } from '../../protocol/demo-world'
import { runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-audience.flow'
import type { AudienceContext } from './attack-audience.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as AudienceContext

/** Mallory's request to the calendar API: the one exchange the switch decides. */
function calendarExchange(run: Run) {
  const found = run.lab.wire
    .exchanges()
    .filter((e) => e.request.url === `${CALENDAR_API_ORIGIN}/events`)
  expect(found).toHaveLength(1)
  const exchange = found[0]!
  expect(exchange.from).toBe('attacker')
  const { stolenAccessToken } = contextOf(run)
  expect(exchange.request.headers).toContainEqual(['authorization', `Bearer ${stolenAccessToken}`])
  expect(decodeJwt(stolenAccessToken ?? '').aud).toBe(API_AUDIENCE)
  const collected = run.lab.attackerSite
    .received()
    .find((r) => r.url === `${ATTACKER_ORIGIN}/collect`)
  expect(new URLSearchParams(collected?.body ?? '').get('access_token')).toBe(stolenAccessToken)
  return exchange
}

describe('a photo API token replayed at the calendar API, against real servers', () => {
  it('with the aud check, the calendar API refuses it with invalid_token', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('refused')
    expect(flow.steps.refused?.outcome).toBe('attack-blocked')
    const exchange = calendarExchange(run)
    expect(exchange.response.status).toBe(401)
    const body = contextOf(run).calendar?.body as { error: string; error_description: string }
    expect(body.error).toBe('invalid_token')
    expect(body.error_description).toContain(`not ${CALENDAR_API_ORIGIN}`)
  })

  it('without it, the same request returns Alice’s calendar', async () => {
    const run = await runFlow(flow, {}, undefined, { aud: false })
    expect(run.visited.at(-1)).toBe('alicesCalendar')
    expect(flow.steps.alicesCalendar?.outcome).toBe('attack-succeeded')
    expect(calendarExchange(run).response.status).toBe(200)
    const body = contextOf(run).calendar?.body as { owner: string; events: unknown[] }
    expect(body.owner).toBe('alice')
    expect(body.events.length).toBeGreaterThan(0)
  })
})
