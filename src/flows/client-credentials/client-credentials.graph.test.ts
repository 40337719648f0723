import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './client-credentials.flow'
import { clientCredentialsMachine } from './client-credentials.machine'
import type { ClientCredentialsContext } from './client-credentials.setup'

const machine: AnyStateMachine = clientCredentialsMachine
const token = { ok: true, accessToken: 'AT', tokenType: 'bearer', expiresIn: 3600 }
const api = (status: number) => ({ status, body: status === 200 ? { photos: [] } : null })
const WALK: WalkOptions = {
  outcomes: {
    requestToken: [token, { ok: false, status: 401, error: 'invalid_client' }],
    callApi: [api(200), api(401), api(403), api(503)],
  },
}

describe('every path of the client credentials flow', () => {
  it('ends with a new token, or with the error that stopped it', () => {
    const ends = new Set(pathsToEnds(machine, WALK).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['apiError', 'failed', 'newToken', 'tokenError'])
  })

  it('asks for a new token only after the API refused the old one with 401, on the plan', () => {
    const paths = pathsTo(machine, WALK, (s) => s.matches('newToken'))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      expect(settledSteps(path)).toEqual(flow.plan)
      expect((path.state.context as ClientCredentialsContext).api?.status).toBe(401)
    }
  })

  it('stops at the API’s error for a 403 or a 503, not at a new token', () => {
    const statuses = pathsTo(machine, WALK, (s) => s.matches('apiError')).map(
      (path) => (path.state.context as ClientCredentialsContext).api?.status,
    )
    expect(statuses).toEqual(expect.arrayContaining([403, 503]))
  })
})
