import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { createLab } from '../../wire/lab'
import { createFlowSession } from '../flow-session'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './authorization-code-confidential.flow'
import type { AuthorizationCodeConfidentialContext } from './authorization-code-confidential.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as AuthorizationCodeConfidentialContext

describe('authorization code for the confidential client printshop, against real servers', () => {
  it('redeems the code from the server with client_secret_basic and the PKCE verifier', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const { tokens, start, api } = contextOf(run)
    if (!tokens?.ok) throw new Error(`no tokens: ${JSON.stringify(tokens)}`)
    expect(decodeJwt(tokens.accessToken)).toMatchObject({ client_id: 'printshop', sub: 'alice' })
    expect(tokens.refreshToken).toBeDefined()
    expect(api?.status).toBe(200)

    const lines = exchangeLines(run.lab)
    expect(lines.slice(0, 7)).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client POST /token 200',
    ])
    const exchanges = run.lab.wire.exchanges()
    const authorize = new URL(exchanges[0]?.request.url ?? '')
    expect(authorize.searchParams.get('client_id')).toBe('printshop')
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')

    const tokenRequest = exchanges[6]
    const basic = tokenRequest?.request.headers.find(([name]) => name === 'authorization')?.[1]
    const [id, secret] = atob(basic?.replace(/^Basic /, '') ?? '')
      .split(':')
      .map(decodeURIComponent)
    expect([id, secret]).toEqual(['printshop', 'printshop-secret'])
    const body = new URLSearchParams(tokenRequest?.request.body ?? '')
    expect(body.get('code_verifier')).toBe(start?.codeVerifier)
    expect(body.has('client_secret')).toBe(false)
  })

  it('keeps every token out of the browser: no front-channel message carries one', async () => {
    const run = await runFlow(flow)
    const { tokens } = contextOf(run)
    if (!tokens?.ok || !tokens.refreshToken) throw new Error('no tokens')
    const front = run.lab.wire.exchanges().filter((e) => e.channel === 'front')
    expect(front.length).toBe(6)
    for (const exchange of front) {
      const seen = JSON.stringify(exchange)
      expect(seen).not.toContain(tokens.accessToken)
      expect(seen).not.toContain(tokens.refreshToken)
    }
    expect(run.lab.browser().location()).not.toContain('token')
  })

  it('ends in accessDenied when Alice denies, with no token request', async () => {
    const run = await runFlow(flow, { consentPage: { type: 'choice.deny' } })
    expect(run.visited.slice(-3)).toEqual(['denial', 'deniedCallback', 'accessDenied'])
    expect(exchangeLines(run.lab).some((line) => line.includes('/token'))).toBe(false)
  })

  it('shows the login form again after a wrong password', async () => {
    const typed = (password: string) =>
      ({
        type: 'form.submit',
        surface: 'browser',
        fields: { username: 'alice', password },
      }) as const
    const run = await runFlow(flow, {
      loginPage: typed('nope'),
      loginRejected: typed('wonderland'),
    })
    expect(run.visited.slice(2, 5)).toEqual(['loginPage', 'loginRejected', 'credentials'])
    expect(run.visited.at(-1)).toBe('contrast')
  })

  it('gets the real invalid_grant when a minute passes before the code is redeemed', async () => {
    const session = createFlowSession(flow, createLab())
    await session.start()
    await session.goTo(flow.plan.indexOf('callback'))
    await session.skipAhead(61)
    await session.next()
    await session.next()
    const step = session.getState().steps.at(-1)
    expect(step?.stepId).toBe('tokenError')
    expect(step?.facts).toContainEqual({ label: 'error', value: 'invalid_grant' })
  })

  it('links its last step to the public client’s flow', () => {
    expect(flow.steps.contrast?.seeAlso?.flowId).toBe('authorization-code-pkce')
  })
})
