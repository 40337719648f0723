import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { createLab } from '../../wire/lab'
import { createFlowSession } from '../flow-session'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './password.flow'
import type { PasswordContext } from './password.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as PasswordContext
const tokenRequestOf = (run: Awaited<ReturnType<typeof runFlow>>) => {
  const exchange = run.lab.wire.exchanges().find((e) => e.request.url.endsWith('/token'))
  return {
    body: new URLSearchParams(exchange?.request.body ?? ''),
    response: JSON.parse(exchange?.response.body ?? '{}') as Record<string, unknown>,
    basic: exchange?.request.headers.find(([name]) => name === 'authorization')?.[1],
  }
}

describe('the password grant against real servers (rfc6749 profile)', () => {
  it('sends Alice’s password from the app to /token and gets a token for her, with no refresh token', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const { tokens, api } = contextOf(run)
    if (!tokens?.ok) throw new Error(`no token: ${JSON.stringify(tokens)}`)
    expect(decodeJwt(tokens.accessToken)).toMatchObject({ sub: 'alice', client_id: 'legacy-app' })
    expect(tokens.refreshToken).toBeUndefined()
    expect(api?.status).toBe(200)

    expect(exchangeLines(run.lab).filter((line) => !line.startsWith('resource-server'))).toEqual([
      'client POST /token 200',
      'client GET /photos 200',
    ])
    const { body, basic } = tokenRequestOf(run)
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'password',
      username: 'alice',
      password: 'wonderland',
      scope: 'photos.read',
    })
    const [id, secret] = atob(basic?.replace(/^Basic /, '') ?? '')
      .split(':')
      .map(decodeURIComponent)
    expect([id, secret]).toEqual(['legacy-app', 'legacy-app-secret'])
    expect(flow.steps[run.visited.at(-1) ?? '']?.seeAlso?.flowId).toBe(
      'authorization-code-confidential',
    )
  })

  it('shows the password on the app’s own screen and in the step’s facts', async () => {
    const session = createFlowSession(flow, createLab())
    await session.start()
    const first = session.getState().steps[0]
    expect(first?.screens.app?.lines).toContainEqual({
      label: 'Password (the app sees it)',
      value: 'wonderland',
      large: true,
    })
    await session.next()
    expect(session.getState().steps.at(-1)?.facts).toContainEqual({
      label: 'password sent, in the request body',
      value: 'wonderland',
    })
  })

  it('tells the app a mistyped password is wrong: the server’s real invalid_grant', async () => {
    const run = await runFlow(flow, { appForm: { type: 'choice.mistype' } })
    expect(run.visited).toEqual(['appForm', 'wrongPasswordRequest', 'wrongPassword'])
    const { body, response } = tokenRequestOf(run)
    expect(body.get('password')).toBe('wonderland1')
    expect(response).toMatchObject({ error: 'invalid_grant' })
    expect(String(response.error_description)).toMatch(/username or password is wrong/)
  })

  it('sends the same request to an OAuth 2.1 server and gets its real unsupported_grant_type', async () => {
    const run = await runFlow(flow, { appForm: { type: 'choice.oauth21' } })
    expect(run.visited).toEqual(['appForm', 'refusedRequest', 'refused'])
    expect(run.lab.authorizationServer.profile).toBe('oauth2.1')
    const { body, response } = tokenRequestOf(run)
    expect(body.get('grant_type')).toBe('password')
    expect(body.get('password')).toBe('wonderland')
    expect(response).toMatchObject({ error: 'unsupported_grant_type' })
    expect(String(response.error_description)).toMatch(/RFC 9700 section 2\.4/)
  })

  it('is back on the rfc6749 profile after a restart', async () => {
    const lab = createLab()
    const session = createFlowSession(flow, lab)
    await session.start()
    await session.next({ type: 'choice.oauth21' })
    expect(lab.authorizationServer.profile).toBe('oauth2.1')
    await session.restart()
    await session.goTo(flow.plan.length - 1)
    expect(session.getState().steps.map((step) => step.stepId)).toEqual(flow.plan)
  })

  it('gets the API’s real 401 an hour after the token, with no refresh token to fall back on', async () => {
    const session = createFlowSession(flow, createLab())
    await session.start()
    await session.goTo(flow.plan.indexOf('tokenResponse'))
    await session.skipAhead(3600)
    await session.next()
    await session.next()
    expect(session.getState().steps.at(-1)?.stepId).toBe('apiError')
  })
})
