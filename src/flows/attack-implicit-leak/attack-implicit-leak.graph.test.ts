import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-implicit-leak.flow'
import { implicitLeakMachine } from './attack-implicit-leak.machine'
import { pickFromHistory, type ImplicitLeakContext } from './attack-implicit-leak.setup'

const machine: AnyStateMachine = implicitLeakMachine
const iss = `iss=${encodeURIComponent(ISSUER)}`
const codeUrl = `https://spa.printshop.example/callback?code=C&state=S&${iss}`
const tokenUrl = `https://legacy.printshop.example/callback#access_token=T&token_type=Bearer&state=S&${iss}`
const login = `${ISSUER}/login?request_id=r`

const walk = (code: boolean): WalkOptions => ({
  input: { switches: { code } },
  outcomes: {
    signIn: [
      {
        start: { url: `${ISSUER}/authorize`, issuer: ISSUER, state: 'S' },
        approval: { url: `${ISSUER}/consent`, status: 303, redirectTo: code ? codeUrl : tokenUrl },
      },
    ],
    browserFollow: [{ url: code ? codeUrl : tokenUrl, status: 200, redirectTo: null }],
    redeem: [{ ok: true, accessToken: 'AT', tokenType: 'bearer' }],
    readHistory: [[login, code ? codeUrl : tokenUrl], [login]],
    useToken: [{ status: 200, body: { owner: 'alice' } }],
    redeemCopiedCode: [
      { ok: false, status: 400, error: 'invalid_grant' },
      { ok: true, accessToken: 'AT2', tokenType: 'bearer' },
    ],
  },
})

describe('every path of the browser history scenario', () => {
  it('with the code flow, ends with the code refused, or failed, never with Alice’s photos', () => {
    const ends = new Set(pathsToEnds(machine, walk(true)).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['codeRefused', 'failed'])
    for (const path of pathsTo(machine, walk(true), (s) => s.matches('codeRefused')))
      expect(settledSteps(path)).toEqual(flow.plan)
  })

  it('with the implicit grant, Mallory reaches the photo API with the token the history held', () => {
    const ends = new Set(pathsToEnds(machine, walk(false)).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['alicesPhotos', 'failed'])
    for (const path of pathsTo(machine, walk(false), (s) => s.matches('alicesPhotos'))) {
      expect((path.state.context as ImplicitLeakContext).copied).toBe(tokenUrl)
      expect(settledSteps(path)).toEqual(flow.planFor?.({ code: false }))
    }
  })

  it('calls a spent code that the server accepts a failure, not a blocked attack', () => {
    const accepted = pathsTo(machine, walk(true), (s) => s.matches('failed')).filter(
      (path) => (path.state.context as ImplicitLeakContext).stolen?.ok === true,
    )
    expect(accepted.length).toBeGreaterThan(0)
  })

  it('picks the newest history entry that holds a token or a code', () => {
    expect(pickFromHistory([login, codeUrl, `${ISSUER}/account`])).toBe(codeUrl)
    expect(pickFromHistory([codeUrl, tokenUrl])).toBe(tokenUrl)
    expect(pickFromHistory([login])).toBeUndefined()
  })
})
