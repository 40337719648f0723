import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { API_AUDIENCE, ISSUER } from '../../protocol/demo-world'
import { computeHalfHash } from '../../protocol/jwt/at-hash'
import { createLab } from '../../wire/lab'
import { createFlowSession } from '../flow-session'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './openid-connect.flow'
import type { OpenIdConnectContext } from './openid-connect.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as OpenIdConnectContext

/** A session run to `stepId` (by the plan), then the lab clock moved on, then Next step `times`. */
async function skipAheadAt(stepId: string, seconds: number, times = 1) {
  const session = createFlowSession(flow, createLab())
  await session.start()
  await session.goTo(flow.plan.indexOf(stepId))
  expect(session.getState().steps.at(-1)?.stepId).toBe(stepId)
  await session.skipAhead(seconds)
  for (let i = 0; i < times; i++) await session.next()
  return session.getState().steps.at(-1)
}

describe('OpenID Connect sign-in against real servers', () => {
  it('signs Alice in: a nonce-bound ID token for printshop, checked claim by claim, then UserInfo', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const { start, tokens, idTokenChecks, userinfo } = contextOf(run)
    if (!tokens?.ok || !tokens.idToken) throw new Error(`no ID token: ${JSON.stringify(tokens)}`)

    const authorize = new URL(run.lab.wire.exchanges()[0]?.request.url ?? '')
    expect(authorize.searchParams.get('scope')).toBe('openid profile email photos.read')
    expect(authorize.searchParams.get('nonce')).toBe(start?.nonce)
    expect(authorize.searchParams.get('code_challenge')).toBe(start?.codeChallenge)

    const claims = decodeJwt(tokens.idToken)
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: 'printshop',
      sub: 'alice',
      nonce: start?.nonce,
    })
    expect(claims.at_hash).toBe((await computeHalfHash(tokens.accessToken, 'ES256'))?.value)
    expect(decodeProtectedHeader(tokens.idToken).typ).toBe('JWT')
    expect(decodeJwt(tokens.accessToken).aud).toBe(API_AUDIENCE)
    expect(tokens.idTokenClaims?.sub).toBe('alice')

    expect(idTokenChecks?.map((check) => [check.id, check.status])).toEqual([
      ['iss', 'pass'],
      ['aud', 'pass'],
      ['signature', 'skip'],
      ['exp', 'pass'],
      ['nonce', 'pass'],
      ['at_hash', 'pass'],
    ])
    expect(userinfo).toEqual({
      ok: true,
      claims: {
        sub: 'alice',
        name: 'Alice Liddell',
        given_name: 'Alice',
        family_name: 'Liddell',
        email: 'alice@photos.example',
        email_verified: true,
      },
    })

    expect(exchangeLines(run.lab)).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client POST /token 200',
      'client GET /userinfo 200',
    ])
    const tokenRequest = run.lab.wire.exchanges()[6]
    const basic = tokenRequest?.request.headers.find(([name]) => name === 'authorization')?.[1]
    // client_secret_basic: the id and secret form-encoded, joined by a colon, base64 (RFC 6749 §2.3.1).
    const [id, secret] = atob(basic?.replace(/^Basic /, '') ?? '')
      .split(':')
      .map(decodeURIComponent)
    expect([id, secret]).toEqual(['printshop', 'printshop-secret'])
    const body = new URLSearchParams(tokenRequest?.request.body ?? '')
    expect(body.get('code_verifier')).toBe(start?.codeVerifier)
    expect(body.has('client_secret')).toBe(false)
    const userinfoRequest = run.lab.wire.exchanges()[7]?.request
    expect(userinfoRequest?.headers).toContainEqual([
      'authorization',
      `Bearer ${tokens.accessToken}`,
    ])
  })

  it('shows each check with its verdict, and the at_hash computation, on the checks step', async () => {
    const session = createFlowSession(flow, createLab())
    await session.start()
    await session.goTo(flow.plan.indexOf('idTokenChecks'))
    const step = session.getState().steps.at(-1)
    expect(step?.facts.map((fact) => fact.label)).toEqual([
      'iss',
      'aud',
      'signature',
      'exp',
      'nonce',
      'at_hash',
      'at_hash, recomputed',
    ])
    expect(step?.facts.filter((fact) => fact.verdict?.ok === false)).toEqual([])
    expect(step?.facts.at(-1)?.value).toMatch(/^SHA-256 over the access token’s \d+ ASCII octets/)
    expect(step?.tokens.map((token) => token.name)).toEqual([
      'access_token',
      'id_token',
      'refresh_token',
    ])
  })

  it('ends in accessDenied when Alice presses Deny, with no token request', async () => {
    const run = await runFlow(flow, { consentPage: { type: 'choice.deny' } })
    expect(run.visited.slice(-4)).toEqual([
      'consentPage',
      'denial',
      'deniedCallback',
      'accessDenied',
    ])
    expect(exchangeLines(run.lab).some((line) => line.includes('/token'))).toBe(false)
  })

  it('denies from the page’s own Deny button too', async () => {
    const run = await runFlow(flow, {
      consentPage: { type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' },
    })
    expect(run.visited.at(-1)).toBe('accessDenied')
  })

  it('shows the login form again after a wrong password, and signs in Bob when Bob types his', async () => {
    const typed = (username: string, password: string) =>
      ({ type: 'form.submit', surface: 'browser', fields: { username, password } }) as const
    const run = await runFlow(flow, {
      loginPage: typed('alice', 'wrong'),
      loginRejected: typed('bob', 'builder'),
    })
    expect(run.visited.slice(2, 5)).toEqual(['loginPage', 'loginRejected', 'credentials'])
    expect(run.visited.at(-1)).toBe('conclusions')
    const { tokens, userinfo } = contextOf(run)
    expect(tokens?.ok && tokens.idTokenClaims?.sub).toBe('bob')
    expect(userinfo?.ok && userinfo.claims.name).toBe('Bob Builder')
  })

  it('rejects the ID token when an hour passes before the client checks it (exp)', async () => {
    const checks = await skipAheadAt('tokenResponse', 3600)
    expect(checks?.stepId).toBe('idTokenChecks')
    const step = await skipAheadAt('tokenResponse', 3600, 2)
    expect(step?.stepId).toBe('idTokenRejected')
    const exp = step?.facts.find((fact) => fact.label === 'exp')
    expect(exp?.verdict).toMatchObject({ ok: false, text: expect.stringMatching(/^Expired at /) })
  })

  it('gets the UserInfo endpoint’s real 401 when the access token expired first', async () => {
    const step = await skipAheadAt('idTokenChecks', 3600, 2)
    expect(step?.stepId).toBe('userinfoError')
    expect(step?.facts).toEqual([
      { label: 'status', value: '401' },
      { label: 'error', value: 'invalid_token' },
      {
        label: 'WWW-Authenticate',
        value: expect.stringContaining('error="invalid_token"'),
      },
    ])
  })

  it('gets the token endpoint’s real invalid_grant when the code expired before the token request', async () => {
    const step = await skipAheadAt('callback', 61, 2)
    expect(step?.stepId).toBe('tokenError')
    expect(step?.facts).toContainEqual({ label: 'error', value: 'invalid_grant' })
  })
})
