import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './attack-csrf.flow'
import type { CsrfContext } from './attack-csrf.setup'

type Run = Awaited<ReturnType<typeof runFlow>>
const contextOf = (run: Run) => run.snapshot.context as CsrfContext
const codeIn = (url: string | null | undefined) =>
  new URL(url ?? 'about:blank').searchParams.get('code')

/** What reached the Printshop callback in Alice's browser: Mallory's code, whatever the switches. */
function expectMallorysCodeDelivered(run: Run) {
  const { mallorys, callback } = contextOf(run)
  expect(codeIn(callback?.url)).toBe(codeIn(mallorys?.answer.redirectTo))
  const lines = exchangeLines(run.lab)
  expect(lines).toContain('attacker POST /login 303')
  expect(lines).toContain('attacker GET /plant 200')
  expect(lines).toContain('user-agent GET /free-prints 303')
  expect(lines).toContain('user-agent GET /callback 200')
}

describe('CSRF on the redirect against real servers', () => {
  it('with state, the client refuses Mallory’s callback and never calls the token endpoint', async () => {
    const run = await runFlow(flow)
    expect(run.visited.at(-1)).toBe('stateRefused')
    expect(flow.steps.stateRefused?.outcome).toBe('attack-blocked')
    expectMallorysCodeDelivered(run)
    const { callback, alices, mallorys } = contextOf(run)
    expect(callback).toMatchObject({ ok: false, refusal: 'state-mismatch' })
    expect(new URL(callback?.url ?? '').searchParams.get('state')).toBe(mallorys?.start.state)
    expect(alices?.start.state).not.toBe(mallorys?.start.state)
    expect(exchangeLines(run.lab).filter((line) => line.startsWith('client POST /token'))).toEqual(
      [],
    )
  })

  it('without state but with PKCE, the token endpoint refuses: Alice’s verifier is not the code’s', async () => {
    const run = await runFlow(flow, {}, undefined, { state: false })
    expect(run.visited.at(-1)).toBe('pkceRefused')
    expectMallorysCodeDelivered(run)
    const { tokens, alices } = contextOf(run)
    const request = run.lab.wire.exchanges().find((e) => e.request.url.endsWith('/token'))
    expect(new URLSearchParams(request?.request.body ?? '').get('code_verifier')).toBe(
      alices?.start.codeVerifier,
    )
    expect(request?.response.status).toBe(400)
    expect(tokens).toMatchObject({ ok: false, error: 'invalid_grant' })
    expect(tokens?.ok === false && tokens.errorDescription).toContain('does not match')
  })

  it('without either, the same token request succeeds: Alice’s app holds a token for Mallory’s account', async () => {
    const run = await runFlow(flow, {}, undefined, { state: false, pkce: false })
    expect(run.visited.at(-1)).toBe('linkedToMallory')
    expect(flow.steps.linkedToMallory?.outcome).toBe('attack-succeeded')
    expectMallorysCodeDelivered(run)
    const { tokens, api } = contextOf(run)
    if (!tokens?.ok) throw new Error(`no tokens: ${JSON.stringify(tokens)}`)
    expect(decodeJwt(tokens.accessToken).sub).toBe('mallory')
    expect(api?.status).toBe(200)
    expect((api?.body as { owner: string }).owner).toBe('mallory')
    expect(exchangeLines(run.lab)).toContain('client POST /token 200')
  })
})
