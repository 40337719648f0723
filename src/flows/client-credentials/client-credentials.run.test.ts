import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './client-credentials.flow'
import type { ClientCredentialsContext } from './client-credentials.setup'

describe('client credentials against real servers', () => {
  it('gets a token for the job itself, reads its own album, and asks again after an hour', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const lines = exchangeLines(run.lab)
    expect(lines.filter((line) => !line.startsWith('resource-server'))).toEqual([
      'client POST /token 200',
      'client GET /photos 200',
      'client GET /photos 401',
      'client POST /token 200',
    ])
    const [first] = run.lab.wire.exchanges()
    const authorization = first?.request.headers.find(([name]) => name === 'authorization')?.[1]
    // client_secret_basic: form-encoded id and secret, joined by a colon, in base64 (RFC 6749 §2.3.1).
    const [id, secret] = atob(authorization?.replace(/^Basic /, '') ?? '')
      .split(':')
      .map(decodeURIComponent)
    expect([id, secret]).toEqual(['backup-job', 'backup-job-secret'])
    expect(new URLSearchParams(first?.request.body ?? '').get('grant_type')).toBe(
      'client_credentials',
    )
    expect(JSON.parse(first?.response.body ?? '{}')).not.toHaveProperty('refresh_token')

    const { tokens } = run.snapshot.context as ClientCredentialsContext
    if (!tokens?.ok) throw new Error('no token')
    const claims = decodeJwt(tokens.accessToken)
    expect(claims.sub).toBe('backup-job')
    expect(claims.client_id).toBe('backup-job')
    // The second token was issued an hour after the first, on the lab clock.
    const firstToken = JSON.parse(first?.response.body ?? '{}').access_token as string
    expect((claims.iat ?? 0) - (decodeJwt(firstToken).iat ?? 0)).toBe(3600)
  })

  it('serves the job its own album, not Alice’s', async () => {
    const run = await runFlow(flow)
    const api = run.lab.wire.exchanges().find((e) => e.request.url.endsWith('/photos'))
    expect(JSON.parse(api?.response.body ?? '{}')).toMatchObject({ owner: 'backup-job', count: 0 })
  })
})
