import { beforeAll, describe, expect, it } from 'vitest'
import { ISSUER } from '../../protocol/demo-world'
import { runFlow } from '../kit/testing/run-flow'
import { flow } from './openid-connect.flow'
import { checkIdToken, idTokenAccepted, type IdTokenExpectations } from './openid-connect.id-token'
import type { OpenIdConnectContext } from './openid-connect.setup'

/** A real ID token and access token from the lab, and what the client expected when it got them. */
let idToken = ''
let expected: IdTokenExpectations

beforeAll(async () => {
  const run = await runFlow(flow)
  const { tokens, start } = run.snapshot.context as OpenIdConnectContext
  if (!tokens?.ok || !tokens.idToken || !start?.nonce) throw new Error('no ID token')
  idToken = tokens.idToken
  expected = {
    issuer: ISSUER,
    clientId: 'printshop',
    nonce: start.nonce,
    accessToken: tokens.accessToken,
    nowMs: run.lab.clock.now(),
  }
})

const statusOf = async (changes: Partial<IdTokenExpectations>) =>
  Object.fromEntries(
    (await checkIdToken(idToken, { ...expected, ...changes })).map((c) => [c.id, c.status]),
  )

describe('the client’s ID token checks (OIDC Core §3.1.3.7, §3.1.3.8)', () => {
  it('passes a real token from the lab, and says the signature is left to TLS', async () => {
    const checks = await checkIdToken(idToken, expected)
    expect(idTokenAccepted(checks)).toBe(true)
    expect(checks.find((c) => c.id === 'signature')).toMatchObject({
      status: 'skip',
      value: expect.stringMatching(/^ES256, key /),
    })
    expect(checks.find((c) => c.id === 'at_hash')?.atHash).toMatchObject({
      hash: 'SHA-256',
      leftHalfOctets: 16,
    })
  })

  it('fails nonce for a token from another sign-in (a replayed or injected ID token)', async () => {
    expect(await statusOf({ nonce: 'another-sign-in' })).toMatchObject({ nonce: 'fail' })
    expect(idTokenAccepted(await checkIdToken(idToken, { ...expected, nonce: 'x' }))).toBe(false)
  })

  it('fails at_hash when another access token is presented beside it', async () => {
    expect(await statusOf({ accessToken: `${expected.accessToken}x` })).toMatchObject({
      at_hash: 'fail',
      nonce: 'pass',
    })
  })

  it('fails aud for another client, iss for another issuer, exp an hour later', async () => {
    expect(await statusOf({ clientId: 'photo-spa' })).toMatchObject({ aud: 'fail', iss: 'pass' })
    expect(await statusOf({ issuer: 'https://evil.example' })).toMatchObject({ iss: 'fail' })
    expect(await statusOf({ nowMs: expected.nowMs + 3600_000 })).toMatchObject({ exp: 'fail' })
    expect(await statusOf({ nowMs: expected.nowMs + 3599_000 })).toMatchObject({ exp: 'pass' })
  })

  it('accepts nothing from an empty list of checks', () => {
    expect(idTokenAccepted([])).toBe(false)
  })
})
