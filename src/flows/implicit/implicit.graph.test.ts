import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER, LEGACY_APP_CLIENT } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { implicitMachine } from './implicit.machine'
import type { ImplicitContext } from './implicit.setup'

// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = implicitMachine
const iss = `iss=${encodeURIComponent(ISSUER)}`
const page = (url: string) => ({ url, status: 200, redirectTo: null })
const fragment = (hash: string) => {
  const url = `${LEGACY_APP_CLIENT.redirectUri}#${hash}`
  return { ...page(url), history: [`${ISSUER}/consent`, url] }
}
const refusedAt = `${LEGACY_APP_CLIENT.redirectUri}?error=unsupported_response_type&state=S&${iss}`

const WALK: WalkOptions = {
  outcomes: {
    prepareRequest: [{ url: `${ISSUER}/authorize?response_type=token&state=S`, state: 'S' }],
    browserOpen: [{ url: `${ISSUER}/authorize`, status: 302, redirectTo: `${ISSUER}/login` }],
    'browserFollowAndRecall@callback': [
      fragment(`access_token=AT&token_type=Bearer&expires_in=3600&state=S&${iss}`),
      fragment(`access_token=AT&token_type=Bearer&state=FORGED&${iss}`),
      fragment('access_token=AT&token_type=Bearer&state=S&iss=https%3A%2F%2Fevil.example'),
      fragment(`state=S&${iss}`),
    ],
    'browserFollowAndRecall@deniedCallback': [
      fragment(`error=access_denied&state=S&${iss}`),
      fragment(`error=access_denied&state=FORGED&${iss}`),
      fragment(`error=server_error&state=S&${iss}`),
    ],
    'browserFollow@refusedCallback': [page(refusedAt)],
    browserFollow: [page(`${ISSUER}/page`)],
    'browserSubmit@credentials': [
      { url: `${ISSUER}/login`, status: 303, redirectTo: `${ISSUER}/consent` },
      { url: `${ISSUER}/login`, status: 400, redirectTo: null },
    ],
    browserSubmit: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: null }],
    openOnOAuth21: [{ url: `${ISSUER}/authorize`, status: 302, redirectTo: refusedAt }],
    callApi: [
      { status: 200, body: { photos: [] } },
      { status: 401, body: null, wwwAuthenticate: 'Bearer error="invalid_token"' },
    ],
  },
  learnerEvents: {
    consentPage: [{ type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' }],
  },
}

describe('every path of the implicit machine', () => {
  const finals = pathsToEnds(machine, WALK)

  it('reaches each end state, and only those', () => {
    expect([...new Set(finals.map((path) => stepIdOf(path.state)))].sort()).toEqual([
      'accessDenied',
      'apiError',
      'failed',
      'fragmentRejected',
      'refused',
      'useInstead',
    ])
  })

  it('never calls the API with a token whose fragment failed the iss or state check', () => {
    const paths = pathsTo(machine, WALK, (s) => s.matches('apiRequest'))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const { fragment } = path.state.context as ImplicitContext
      expect(fragment?.ok).toBe(true)
      expect(fragment?.checks.every((check) => check.ok)).toBe(true)
    }
  })

  it('reaches the OAuth 2.1 refusal only from the first step, without signing in', () => {
    const paths = pathsTo(machine, WALK, (s) => s.matches('refused'))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths)
      expect(settledSteps(path)).toEqual([
        'request',
        'refusedRequest',
        'refusedCallback',
        'refused',
      ])
  })
})
