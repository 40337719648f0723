import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './device-authorization.flow'
import type { DeviceAuthorizationContext } from './device-authorization.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as DeviceAuthorizationContext
const pollAnswers = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.lab.wire
    .exchanges()
    .filter((e) => new URLSearchParams(e.request.body ?? '').has('device_code'))
    .map(
      (e) =>
        (JSON.parse(e.response.body ?? '{}') as { error?: string }).error ??
        String(e.response.status),
    )

describe('device authorization against real servers', () => {
  it('shows a code, polls while Alice approves on her phone, then shows her photos', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    expect(pollAnswers(run)).toEqual(['authorization_pending', 'authorization_pending', '200'])
    const lines = exchangeLines(run.lab).filter((line) => !line.startsWith('resource-server'))
    expect(lines).toEqual([
      'client POST /device_authorization 200',
      'client POST /token 400',
      'user-agent GET /device 200',
      'user-agent POST /device 303',
      'user-agent GET /device/login 200',
      'user-agent POST /device/login 303',
      'client POST /token 400',
      'user-agent GET /device/consent 200',
      'user-agent POST /device/consent 200',
      'client POST /token 200',
      'client GET /photos 200',
    ])
    const { tokens, api } = contextOf(run)
    if (!tokens?.ok) throw new Error('no tokens')
    expect(tokens.refreshToken).toBeUndefined()
    expect(tokens.idTokenClaims).toMatchObject({ sub: 'alice', aud: 'frame-tv' })
    expect(decodeJwt(tokens.accessToken)).toMatchObject({ sub: 'alice', client_id: 'frame-tv' })
    expect((api?.body as { owner: string }).owner).toBe('alice')
  })

  it('waits one interval before each poll, on the lab clock', async () => {
    const run = await runFlow(flow)
    const polls = run.lab.wire.exchanges().filter((e) => e.request.body?.includes('device_code'))
    const gaps = polls
      .slice(1)
      .map((poll, i) => (poll.startedAt - (polls[i]?.startedAt ?? 0)) / 1000)
    expect(gaps).toEqual([5, 5])
  })

  it('slows down when polled too soon: slow_down, then every poll waits 10 seconds', async () => {
    const run = await runFlow(flow, { 'poll#1': { type: 'choice.poll-now' } })
    expect(run.visited.slice(3, 6)).toEqual(['poll', 'pollTooSoon', 'openPage'])
    expect(pollAnswers(run)).toEqual([
      'authorization_pending',
      'slow_down',
      'authorization_pending',
      '200',
    ])
    expect(contextOf(run).interval).toBe(10)
    expect(run.visited.at(-1)).toBe('photos')
  })

  it('ends with access_denied when Alice denies on her phone', async () => {
    const run = await runFlow(flow, {
      consentPage: { type: 'form.submit', surface: 'phone', fields: {}, submitter: 'deny' },
    })
    expect(run.visited.slice(-4)).toEqual(['consentPage', 'denial', 'poll', 'accessDenied'])
    expect(pollAnswers(run).at(-1)).toBe('access_denied')
  })

  it('ends with expired_token when nobody decides for ten minutes', async () => {
    const run = await runFlow(flow, { consentPage: { type: 'choice.wait-expiry' } })
    expect(run.visited.slice(-3)).toEqual(['consentPage', 'expiredPoll', 'codeExpired'])
    expect(pollAnswers(run).at(-1)).toBe('expired_token')
  })

  it('shows the form again for a code nobody is waiting for, then goes on with the right one', async () => {
    const run = await runFlow(flow, {
      openPage: { type: 'form.submit', surface: 'phone', fields: { user_code: 'BCDF-GHJK' } },
    })
    expect(run.visited.slice(4, 7)).toEqual(['openPage', 'codeRejected', 'submitCode'])
    expect(run.visited.at(-1)).toBe('photos')
  })
})
