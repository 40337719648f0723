import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { ISSUER, LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { createLab } from '../../wire/lab'
import { createFlowSession } from '../flow-session'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './implicit.flow'
import type { ImplicitContext } from './implicit.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as ImplicitContext

describe('the implicit grant against real servers (rfc6749 profile)', () => {
  it('returns the access token in the fragment, which the browser keeps and never sends', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    expect(run.lab.authorizationServer.profile).toBe('rfc6749')
    const { fragment, request, api } = contextOf(run)
    if (!fragment?.ok) throw new Error(`no token: ${JSON.stringify(fragment)}`)
    expect(new URL(request?.url ?? '').searchParams.get('response_type')).toBe('token')
    expect(new URL(request?.url ?? '').searchParams.has('code_challenge')).toBe(false)
    expect(decodeJwt(fragment.accessToken)).toMatchObject({ client_id: 'legacy-app', sub: 'alice' })
    expect(fragment).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, scope: 'photos.read' })
    expect(fragment.checks.map((check) => [check.label, check.ok])).toEqual([
      ['iss', true],
      ['state', true],
    ])
    expect(api?.status).toBe(200)

    // No token endpoint at all: every token the app has came through the browser.
    expect(exchangeLines(run.lab).filter((line) => !line.startsWith('resource-server'))).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client GET /photos 200',
    ])
    const exchanges = run.lab.wire.exchanges()
    const location = exchanges[4]?.response.headers.find(([name]) => name === 'location')?.[1]
    expect(location).toContain(`${LEGACY_APP_CLIENT.redirectUri}#access_token=`)
    expect(exchanges[5]?.request.url).toBe(LEGACY_APP_CLIENT.redirectUri)
    expect(run.lab.browser().location()).toBe(fragment.url)
    expect(new URL(fragment.url).hash).toContain(fragment.accessToken)
    expect(new URLSearchParams(new URL(fragment.url).hash.slice(1)).has('refresh_token')).toBe(
      false,
    )
  })

  it('ends on a step that links to Authorization Code with PKCE', async () => {
    const run = await runFlow(flow)
    expect(flow.steps[run.visited.at(-1) ?? '']?.seeAlso?.flowId).toBe('authorization-code-pkce')
  })

  it('sends the same request to an OAuth 2.1 server and gets its real unsupported_response_type', async () => {
    const run = await runFlow(flow, { request: { type: 'choice.oauth21' } })
    expect(run.visited).toEqual(['request', 'refusedRequest', 'refusedCallback', 'refused'])
    expect(run.lab.authorizationServer.profile).toBe('oauth2.1')
    const [authorize, callback] = run.lab.wire.exchanges()
    expect(new URL(authorize?.request.url ?? '').searchParams.get('response_type')).toBe('token')
    const location = new URL(
      authorize?.response.headers.find(([name]) => name === 'location')?.[1] ?? '',
    )
    expect(`${location.origin}${location.pathname}`).toBe(LEGACY_APP_CLIENT.redirectUri)
    expect(location.searchParams.get('error')).toBe('unsupported_response_type')
    expect(location.searchParams.get('error_description')).toMatch(/implicit grant is removed/)
    expect(location.searchParams.get('iss')).toBe(ISSUER)
    expect(location.hash).toBe('')
    expect(callback?.request.url).toBe(location.href)
    expect(flow.steps.refused?.seeAlso?.flowId).toBe('authorization-code-pkce')
  })

  it('is back on the rfc6749 profile after a restart, so the grant works again', async () => {
    const lab = createLab()
    const session = createFlowSession(flow, lab)
    await session.start()
    await session.next({ type: 'choice.oauth21' })
    expect(lab.authorizationServer.profile).toBe('oauth2.1')
    await session.restart()
    expect(lab.authorizationServer.profile).toBe('rfc6749')
    await session.goTo(flow.plan.length - 1)
    expect(session.getState().steps.map((step) => step.stepId)).toEqual(flow.plan)
  })

  it('ends in accessDenied, read from the fragment, when Alice denies', async () => {
    const run = await runFlow(flow, { consentPage: { type: 'choice.deny' } })
    expect(run.visited.slice(-3)).toEqual(['denial', 'deniedCallback', 'accessDenied'])
    const { fragment } = contextOf(run)
    expect(fragment).toMatchObject({ ok: false, refusal: 'error-response', error: 'access_denied' })
    expect(new URL(fragment?.url ?? '').hash).toContain('error=access_denied')
  })

  it('denies from the page’s Deny button too, and signs in after a wrong password', async () => {
    const denied = await runFlow(flow, {
      consentPage: { type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' },
    })
    expect(denied.visited.at(-1)).toBe('accessDenied')
    const typed = (password: string) =>
      ({
        type: 'form.submit',
        surface: 'browser',
        fields: { username: 'alice', password },
      }) as const
    const retried = await runFlow(flow, {
      loginPage: typed('nope'),
      loginRejected: typed('wonderland'),
    })
    expect(retried.visited.slice(2, 5)).toEqual(['loginPage', 'loginRejected', 'credentials'])
    expect(retried.visited.at(-1)).toBe('useInstead')
  })

  it('shows the held access token from the fragment, and the API’s real 401 an hour later', async () => {
    const session = createFlowSession(flow, createLab())
    await session.start()
    await session.goTo(flow.plan.indexOf('readFragment'))
    const read = session.getState().steps.at(-1)
    expect(read?.tokens.map((token) => token.name)).toEqual(['access_token'])
    expect(read?.facts[0]?.value).toMatch(/not oauth4webapi/)
    await session.skipAhead(3600)
    await session.next()
    await session.next()
    expect(session.getState().steps.at(-1)?.stepId).toBe('apiError')
  })
})
