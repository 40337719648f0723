import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { ATTACKER_ORIGIN, ISSUER } from '../../protocol/demo-world'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-mix-up.flow'
import type { MixUpContext } from './attack-mix-up.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as MixUpContext

/** Both runs start alike: Mallory's server bounces Alice to the real one, which sends iss. */
function expectBounced(run: Run) {
  const lines = exchangeLines(run.lab)
  expect(lines.slice(0, 2)).toEqual([
    'user-agent GET /authorize 303',
    'user-agent GET /authorize 302',
  ])
  const [mallorys, honest] = run.lab.wire.exchanges()
  expect(new URL(mallorys?.request.url ?? '').origin).toBe(ATTACKER_ORIGIN)
  expect(new URL(mallorys?.request.url ?? '').searchParams.get('client_id')).toBe('printshop-web')
  expect(new URL(honest?.request.url ?? '').origin).toBe(ISSUER)
  expect(new URL(honest?.request.url ?? '').searchParams.get('client_id')).toBe('photo-spa')
  const { callback } = contextOf(run)
  expect(new URL(callback?.url ?? '').searchParams.get('iss')).toBe(ISSUER)
}

describe('mix-up against real servers', () => {
  it('with the iss check, the app refuses the answer and Mallory learns nothing', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('issRefused')
    expect(flow.steps.issRefused?.outcome).toBe('attack-blocked')
    expectBounced(run)
    expect(contextOf(run).callback).toMatchObject({ ok: false, refusal: 'issuer-mismatch' })
    expect(run.lab.attackerSite.received().map((r) => new URL(r.url).pathname)).toEqual([
      '/authorize',
    ])
    expect(exchangeLines(run.lab).some((line) => line.includes('/token'))).toBe(false)
  })

  it('without it, the app sends the code and verifier to Mallory, who redeems them for Alice’s photos', async () => {
    const run = await runFlow(flow, {}, undefined, { iss: false })
    expect(run.visited.at(-1)).toBe('alicesPhotos')
    expect(flow.steps.alicesPhotos?.outcome).toBe('attack-succeeded')
    expectBounced(run)
    const { start, caught, appTokens, stolen, api } = contextOf(run)
    expect(caught?.codeVerifier).toBe(start?.codeVerifier)
    expect(appTokens).toMatchObject({ ok: false, status: 400, error: 'invalid_grant' })
    const tokenRequests = run.lab.wire
      .exchanges()
      .filter((e) => new URL(e.request.url).pathname === '/token')
      .map((e) => `${e.from} ${new URL(e.request.url).origin} ${e.response.status}`)
    expect(tokenRequests).toEqual([`client ${ATTACKER_ORIGIN} 400`, `attacker ${ISSUER} 200`])
    if (!stolen?.ok) throw new Error(`no tokens: ${JSON.stringify(stolen)}`)
    expect(decodeJwt(stolen.accessToken)).toMatchObject({ sub: 'alice', client_id: 'photo-spa' })
    expect((api?.body as { owner: string }).owner).toBe('alice')
  })
})
