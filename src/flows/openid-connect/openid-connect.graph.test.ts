import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ISSUER, PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import type { AuthorizationStart } from '../kit/client/authorization'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import type { IdTokenCheck } from './openid-connect.id-token'
import { openIdConnectMachine } from './openid-connect.machine'
import type { OpenIdConnectContext } from './openid-connect.setup'

// Walked as any machine: the synthetic done and error events are not in the machine's event union.
const machine: AnyStateMachine = openIdConnectMachine
const START: AuthorizationStart = {
  url: `${ISSUER}/authorize?state=S`,
  codeVerifier: 'v'.repeat(43),
  codeChallenge: 'c'.repeat(43),
  codeChallengeMethod: 'S256',
  state: 'S',
  nonce: 'N',
}
const iss = `iss=${encodeURIComponent(ISSUER)}`
const callback = (query: string) => ({
  url: `${PRINTSHOP_CLIENT.redirectUri}?${query}`,
  status: 200,
  redirectTo: null,
})
const check = (id: IdTokenCheck['id'], status: IdTokenCheck['status']): IdTokenCheck => ({
  id,
  claim: id,
  value: 'v',
  status,
  reason: 'r',
  spec: 'OIDC Core §3.1.3.7',
})
const TOKENS = {
  ok: true,
  accessToken: 'AT',
  tokenType: 'bearer',
  idToken: 'ID',
  idTokenClaims: { sub: 'alice' },
}

const WALK: WalkOptions = {
  outcomes: {
    startAuthorization: [START],
    browserOpen: [{ url: `${ISSUER}/authorize`, status: 302, redirectTo: `${ISSUER}/login` }],
    'browserFollow@callback': [
      callback(`code=C&state=S&${iss}`),
      callback(`code=C&state=FORGED&${iss}`),
      callback('code=C&state=S'),
      callback(`error=server_error&state=S&${iss}`),
    ],
    'browserFollow@deniedCallback': [callback(`error=access_denied&state=S&${iss}`)],
    browserFollow: [{ url: `${ISSUER}/page`, status: 200, redirectTo: null }],
    'browserSubmit@credentials': [
      { url: `${ISSUER}/login`, status: 303, redirectTo: `${ISSUER}/consent` },
      { url: `${ISSUER}/login`, status: 400, redirectTo: null },
    ],
    browserSubmit: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: callback('code=C').url }],
    redeemCode: [
      TOKENS,
      // A token response without an ID token is no sign-in.
      { ok: true, accessToken: 'AT', tokenType: 'bearer' },
      { ok: false, status: 400, error: 'invalid_grant', errorDescription: 'expired' },
    ],
    checkIdToken: [
      [check('iss', 'pass'), check('signature', 'skip'), check('nonce', 'pass')],
      [check('iss', 'pass'), check('nonce', 'fail')],
    ],
    requestUserInfo: [
      { ok: true, claims: { sub: 'alice', name: 'Alice' } },
      { ok: false, status: 401, error: 'invalid_token' },
    ],
  },
  learnerEvents: {
    consentPage: [{ type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' }],
  },
}

describe('every path of the OpenID Connect machine', () => {
  const finals = pathsToEnds(machine, WALK)

  it('reaches each end state, and only those', () => {
    expect([...new Set(finals.map((path) => stepIdOf(path.state)))].sort()).toEqual([
      'accessDenied',
      'conclusions',
      'failed',
      'idTokenRejected',
      'issuerMismatch',
      'stateMismatch',
      'tokenError',
      'userinfoError',
    ])
  })

  it('goes through the thirteen planned steps on the shortest path to a sign-in', () => {
    const signedIn = finals.find((path) => stepIdOf(path.state) === 'conclusions')
    expect(signedIn && settledSteps(signedIn)).toEqual([
      'start',
      'authorizationRequest',
      'loginPage',
      'credentials',
      'consentPage',
      'approval',
      'callback',
      'tokenRequest',
      'tokenResponse',
      'idTokenChecks',
      'userinfoRequest',
      'userinfoResponse',
      'conclusions',
    ])
  })

  it('never calls UserInfo unless every ID token check passed', () => {
    const paths = pathsTo(machine, WALK, (s) => s.matches('userinfoRequest'))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const { idTokenChecks } = path.state.context as OpenIdConnectContext
      expect(idTokenChecks?.some((c) => c.status === 'fail')).toBe(false)
    }
  })

  it('treats a token response without an ID token as no sign-in (tokenError)', () => {
    const paths = pathsTo(machine, WALK, (s) => s.matches('tokenError'))
    const withoutIdToken = paths.filter((path) => {
      const { tokens } = path.state.context as OpenIdConnectContext
      return tokens?.ok === true && tokens.idToken === undefined
    })
    expect(withoutIdToken.length).toBeGreaterThan(0)
  })

  it('never asks for tokens after a refused callback', () => {
    for (const end of ['stateMismatch', 'issuerMismatch', 'accessDenied'])
      for (const path of pathsTo(machine, WALK, (s) => s.matches(end)))
        expect(settledSteps(path)).not.toContain('tokenRequest')
  })
})
