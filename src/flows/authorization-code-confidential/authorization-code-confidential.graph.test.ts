import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER, PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import type { AuthorizationStart } from '../kit/client/authorization'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { authorizationCodeConfidentialMachine } from './authorization-code-confidential.machine'
import type { AuthorizationCodeConfidentialContext } from './authorization-code-confidential.setup'

// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = authorizationCodeConfidentialMachine
const START: AuthorizationStart = {
  url: `${ISSUER}/authorize?state=S`,
  codeVerifier: 'v'.repeat(43),
  codeChallenge: 'c'.repeat(43),
  codeChallengeMethod: 'S256',
  state: 'S',
}
const iss = `iss=${encodeURIComponent(ISSUER)}`
const callback = (query: string) => ({
  url: `${PRINTSHOP_CLIENT.redirectUri}?${query}`,
  status: 200,
  redirectTo: null,
})

const WALK: WalkOptions = {
  outcomes: {
    startAuthorization: [START],
    browserOpen: [{ url: `${ISSUER}/authorize`, status: 302, redirectTo: `${ISSUER}/login` }],
    'browserFollow@callback': [
      callback(`code=C&state=S&${iss}`),
      callback(`code=C&state=FORGED&${iss}`),
      callback('code=C&state=S&iss=https%3A%2F%2Fevil.example'),
      callback('code=C&state=S'),
      callback(`error=server_error&state=S&${iss}`),
    ],
    'browserFollow@deniedCallback': [
      callback(`error=access_denied&error_description=No&state=S&${iss}`),
      callback(`error=access_denied&state=FORGED&${iss}`),
    ],
    browserFollow: [{ url: `${ISSUER}/page`, status: 200, redirectTo: null }],
    'browserSubmit@credentials': [
      { url: `${ISSUER}/login`, status: 303, redirectTo: `${ISSUER}/consent` },
      { url: `${ISSUER}/login`, status: 400, redirectTo: null },
    ],
    browserSubmit: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: callback('code=C').url }],
    redeemCode: [
      { ok: true, accessToken: 'AT', tokenType: 'bearer', expiresIn: 3600, scope: 'photos.read' },
      { ok: false, status: 400, error: 'invalid_grant', errorDescription: 'expired' },
    ],
    callApi: [
      { status: 200, body: { photos: [] } },
      { status: 401, body: null, wwwAuthenticate: 'Bearer error="invalid_token"' },
    ],
  },
  learnerEvents: {
    loginPage: [
      { type: 'form.submit', surface: 'browser', fields: { username: 'alice', password: 'typed' } },
    ],
    consentPage: [{ type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' }],
  },
}

describe('every path of the confidential client’s machine', () => {
  const finals = pathsToEnds(machine, WALK)

  it('reaches each end state, and only those', () => {
    const ends = new Set(finals.map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual([
      'accessDenied',
      'apiError',
      'contrast',
      'failed',
      'issuerMismatch',
      'stateMismatch',
      'tokenError',
    ])
  })

  it('goes through the twelve planned steps on the shortest path to the end', () => {
    const toPhotos = finals.find((path) => stepIdOf(path.state) === 'contrast')
    expect(toPhotos && settledSteps(toPhotos)).toEqual([
      'pkce',
      'authorizationRequest',
      'loginPage',
      'credentials',
      'consentPage',
      'approval',
      'callback',
      'tokenRequest',
      'tokenResponse',
      'apiRequest',
      'photos',
      'contrast',
    ])
  })

  it('reaches access_denied only through Deny, and never asks for tokens on the way', () => {
    const denied = pathsTo(machine, WALK, (s) => s.matches('accessDenied'))
    expect(denied.length).toBeGreaterThan(0)
    for (const path of denied) {
      const deny = path.steps.some(
        (step) =>
          step.event.type === 'choice.deny' ||
          (step.event.type === 'form.submit' &&
            (step.event as { submitter?: string }).submitter === 'deny'),
      )
      expect(deny).toBe(true)
      expect(settledSteps(path)).not.toContain('tokenRequest')
    }
  })

  it('never redeems a code whose iss or state did not pass the client library’s checks', () => {
    const all = pathsTo(machine, WALK, (s) => s.matches('tokenRequest'))
    expect(all.length).toBeGreaterThan(0)
    for (const path of all) {
      const { callback } = path.state.context as AuthorizationCodeConfidentialContext
      expect(callback?.ok).toBe(true)
      const params = new URL(callback?.url ?? '').searchParams
      expect(params.get('state')).toBe('S')
      expect(params.get('iss')).toBe(ISSUER)
    }
  })

  it('refuses a callback without iss, since the server says it sends one (RFC 9207 §2.4)', () => {
    const refused = pathsTo(machine, WALK, (s) => s.matches('issuerMismatch'))
    const urls = refused.map(
      (path) => (path.state.context as AuthorizationCodeConfidentialContext).callback?.url,
    )
    expect(urls).toContain(callback('code=C&state=S').url)
  })
})
