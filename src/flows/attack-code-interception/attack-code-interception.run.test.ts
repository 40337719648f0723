import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-code-interception.flow'
import type { CodeInterceptionContext } from './attack-code-interception.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as CodeInterceptionContext

/** Mallory's token request: the one exchange the switch turns from success into refusal. */
const mallorysTokenRequest = (run: Awaited<ReturnType<typeof runFlow>>) => {
  const found = run.lab.wire
    .exchanges()
    .filter((e) => e.from === 'attacker' && e.request.url.endsWith('/token'))
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('authorization code interception against real servers', () => {
  it('with PKCE, the token endpoint refuses Mallory’s code: she has no code_verifier', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('refused')
    expect(flow.steps.refused?.outcome).toBe('attack-blocked')
    const { start, stolen, intercepted } = contextOf(run)
    expect(new URL(start?.url ?? '').searchParams.get('code_challenge_method')).toBe('S256')
    expect(new URL(intercepted ?? '').searchParams.get('code')).toBeTruthy()

    const request = mallorysTokenRequest(run)
    const body = new URLSearchParams(request.request.body ?? '')
    expect(body.get('code')).toBe(new URL(intercepted ?? '').searchParams.get('code'))
    expect(body.has('code_verifier')).toBe(false)
    expect(request.response.status).toBe(400)
    expect(stolen).toMatchObject({ ok: false, status: 400, error: 'invalid_request' })
    expect(stolen?.ok === false && stolen.errorDescription).toContain('code_verifier is missing')
    expect(exchangeLines(run.lab)).not.toContain('attacker GET /photos 200')
  })

  it('without PKCE, the same request gets Alice’s tokens, and Mallory her photos', async () => {
    const run = await runFlow(flow, {}, undefined, { pkce: false })
    expect(run.visited.at(-1)).toBe('alicesPhotos')
    expect(flow.steps.alicesPhotos?.outcome).toBe('attack-succeeded')
    const { start, stolen, api } = contextOf(run)
    expect(new URL(start?.url ?? '').searchParams.has('code_challenge')).toBe(false)

    const request = mallorysTokenRequest(run)
    expect(new URLSearchParams(request.request.body ?? '').has('code_verifier')).toBe(false)
    expect(request.response.status).toBe(200)
    if (!stolen?.ok) throw new Error(`no tokens: ${JSON.stringify(stolen)}`)
    expect(decodeJwt(stolen.accessToken)).toMatchObject({ sub: 'alice', client_id: 'photo-spa' })
    expect(stolen.refreshToken).toBeTruthy()
    expect(api?.status).toBe(200)
    expect((api?.body as { owner: string }).owner).toBe('alice')
    expect(exchangeLines(run.lab)).toContain('attacker GET /photos 200')
    // The real app never received the code: the browser never loaded its callback.
    expect(run.lab.callbacks['photo-spa']?.received()).toEqual([])
  })
})
