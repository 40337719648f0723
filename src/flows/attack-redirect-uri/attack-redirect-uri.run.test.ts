import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { ATTACKER_ORIGIN } from '../../protocol/demo-world'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-redirect-uri.flow'
import { CRAFTED_REDIRECT_URI, type RedirectUriContext } from './attack-redirect-uri.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as RedirectUriContext

/** Alice's GET /authorize with Mallory's redirect_uri: the request the switch decides. */
function authorizeExchange(run: Run) {
  const found = run.lab.wire
    .exchanges()
    .filter((e) => new URL(e.request.url).pathname === '/authorize')
  expect(found).toHaveLength(1)
  const exchange = found[0]!
  expect(exchange.from).toBe('user-agent')
  expect(new URL(exchange.request.url).searchParams.get('redirect_uri')).toBe(CRAFTED_REDIRECT_URI)
  return exchange
}

describe('redirect URI manipulation against real servers', () => {
  it('with exact matching, the server shows an error page and never redirects', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(['craftedLink', 'aliceOpensLink', 'refused'])
    expect(flow.steps.refused?.outcome).toBe('attack-blocked')
    const exchange = authorizeExchange(run)
    expect(exchange.response.status).toBe(400)
    expect(exchange.response.headers.some(([name]) => name === 'location')).toBe(false)
    const { authorize } = contextOf(run)
    expect(authorize?.said.code).toBe('invalid_request')
    expect(authorize?.said.alert).toContain(
      `redirect_uri ${CRAFTED_REDIRECT_URI} is not registered`,
    )
    expect(run.lab.attackerSite.received()).toEqual([])
    expect(run.lab.wire.exchanges()).toHaveLength(1)
  })

  it('with prefix matching, the code reaches Mallory in a Referer and she redeems it', async () => {
    const run = await runFlow(flow, {}, undefined, { exact: false })
    expect(run.visited.at(-1)).toBe('alicesPhotos')
    expect(flow.steps.alicesPhotos?.outcome).toBe('attack-succeeded')
    expect(authorizeExchange(run).response.status).toBe(302)

    const { approval, leaked, stolen, api } = contextOf(run)
    const code = new URL(approval?.redirectTo ?? '').searchParams.get('code')
    expect(new URL(approval?.redirectTo ?? '').pathname).toBe('/gallery/mallory')
    const logged = run.lab.attackerSite.received()
    expect(logged.map((request) => request.url)).toEqual([`${ATTACKER_ORIGIN}/prints/sunset.svg`])
    expect(new URL(logged[0]?.referer ?? '').searchParams.get('code')).toBe(code)
    expect(leaked).toBe(logged[0]?.referer)

    const lines = exchangeLines(run.lab)
    expect(lines).toContain('user-agent GET /gallery/mallory 200')
    expect(lines).toContain('user-agent GET /prints/sunset.svg 200')
    expect(lines).toContain('attacker POST /token 200')
    if (!stolen?.ok) throw new Error(`no tokens: ${JSON.stringify(stolen)}`)
    expect(decodeJwt(stolen.accessToken)).toMatchObject({ sub: 'alice', client_id: 'photo-spa' })
    expect((api?.body as { owner: string }).owner).toBe('alice')
    // The Printshop callback never saw the code: nobody but Mallory redeemed it.
    expect(run.lab.callbacks['photo-spa']?.received()).toEqual([])
  })
})
