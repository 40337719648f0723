import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-implicit-leak.flow'
import type { ImplicitLeakContext } from './attack-implicit-leak.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as ImplicitLeakContext

describe('credential leakage via browser history against real servers', () => {
  it('with the code flow, the history holds a spent code, and the token endpoint refuses it', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('codeRefused')
    expect(flow.steps.codeRefused?.outcome).toBe('attack-blocked')
    const { history, copied, stolen, tokens } = contextOf(run)
    expect(tokens?.ok).toBe(true)
    expect(history).toContain(copied)
    const url = new URL(copied ?? '')
    expect(url.hash).toBe('')
    expect(url.searchParams.get('code')).toBeTruthy()

    const mallorys = run.lab.wire.exchanges().filter((e) => e.from === 'attacker')
    expect(
      mallorys.map(
        (e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`,
      ),
    ).toEqual(['POST /token 400'])
    expect(stolen).toMatchObject({ ok: false, status: 400 })
    // PKCE is checked first; the code is also spent and expired (RFC 6749 §4.1.2).
    expect(stolen).toMatchObject({ error: 'invalid_request' })
    expect(stolen?.ok === false && stolen.errorDescription).toContain('code_verifier is missing')
    // Twenty minutes of lab time passed before Mallory read the history.
    expect(
      run.lab.clock.now() - (run.lab.wire.exchanges()[0]?.startedAt ?? 0),
    ).toBeGreaterThanOrEqual(20 * 60 * 1000)
  })

  it('with the implicit grant, the history holds Alice’s access token, and the photo API serves Mallory', async () => {
    const run = await runFlow(flow, {}, undefined, { code: false })
    expect(run.visited.at(-1)).toBe('alicesPhotos')
    expect(flow.steps.alicesPhotos?.outcome).toBe('attack-succeeded')
    const { copied, implicit, api } = contextOf(run)
    const token = new URLSearchParams(new URL(copied ?? '').hash.slice(1)).get('access_token')
    expect(implicit?.ok && implicit.accessToken).toBe(token)
    expect(decodeJwt(token ?? '')).toMatchObject({ sub: 'alice', client_id: 'legacy-app' })
    // The fragment never crossed the wire: the callback request went out without it.
    const callback = run.lab.wire
      .exchanges()
      .find((e) => e.request.url.startsWith('https://legacy.printshop.example'))
    expect(callback?.request.url).toBe('https://legacy.printshop.example/callback')
    expect(exchangeLines(run.lab)).toContain('attacker GET /photos 200')
    expect(exchangeLines(run.lab).some((line) => line.includes('/token'))).toBe(false)
    expect((api?.body as { owner: string }).owner).toBe('alice')
  })
})
