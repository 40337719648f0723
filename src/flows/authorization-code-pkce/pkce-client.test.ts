import { describe, expect, it } from 'vitest'
import { ISSUER } from '../../protocol/demo-world'
import {
  authorizationUrl,
  issuerMatches,
  readCallback,
  startPkce,
  stateMatches,
  tokenRequest,
} from './pkce-client'
import { readTokenResponse } from './responses'

/** RFC 7636 Appendix B: these 32 octets give this verifier and challenge. */
const APPENDIX_B_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105,
  214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
]

describe('the client side of PKCE', () => {
  it('makes the RFC 7636 Appendix B verifier and challenge from its octets', async () => {
    const random = (length: number) =>
      length === 32 ? Uint8Array.from(APPENDIX_B_OCTETS) : new Uint8Array(length).fill(7)
    const start = await startPkce(random)
    expect(start.codeVerifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')
    expect(start.codeChallenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
    expect(start.codeChallengeMethod).toBe('S256')
    expect(start.state).toBe('BwcHBwcHBwcHBwcHBwcHBw')
  })

  it('makes a fresh verifier and state each time', async () => {
    const [a, b] = await Promise.all([startPkce(), startPkce()])
    expect(a.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a.codeVerifier).not.toBe(b.codeVerifier)
    expect(a.state).not.toBe(b.state)
  })

  it('puts every authorization request parameter in the URL and never the verifier', async () => {
    const start = await startPkce()
    const url = new URL(authorizationUrl(start))
    expect(url.origin + url.pathname).toBe(`${ISSUER}/authorize`)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'photo-spa',
      redirect_uri: 'https://spa.printshop.example/callback',
      scope: 'photos.read',
      state: start.state,
      code_challenge: start.codeChallenge,
      code_challenge_method: 'S256',
    })
    expect(url.href).not.toContain(start.codeVerifier)
  })

  it('reads the callback and checks state exactly', () => {
    const callback = readCallback(
      'https://spa.printshop.example/callback?code=abc&state=xyz&iss=https%3A%2F%2Fauth.photos.example',
    )
    expect(callback).toMatchObject({ code: 'abc', state: 'xyz', iss: ISSUER })
    expect(stateMatches('xyz', callback)).toBe(true)
    expect(stateMatches('XYZ', callback)).toBe(false)
    expect(stateMatches(undefined, callback)).toBe(false)
    expect(issuerMatches(callback)).toBe(true)
    expect(
      issuerMatches(
        readCallback(
          'https://spa.printshop.example/callback?iss=https%3A%2F%2Fauth.photos.example%2F',
        ),
      ),
    ).toBe(false)
  })

  it('sends the code and verifier, and no secret, to /token', async () => {
    const request = tokenRequest('the-code', 'the-verifier')
    expect(request.method).toBe('POST')
    expect(request.url).toBe(`${ISSUER}/token`)
    expect(request.headers.get('authorization')).toBeNull()
    expect(Object.fromEntries(new URLSearchParams(await request.text()))).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://spa.printshop.example/callback',
      client_id: 'photo-spa',
      code_verifier: 'the-verifier',
    })
  })
})

describe('reading the token response', () => {
  it('accepts a Bearer token in any letter case (RFC 6749 §5.1)', () => {
    const result = readTokenResponse({
      status: 200,
      headers: {},
      body: { access_token: 'AT', token_type: 'bearer', expires_in: 60, refresh_token: 'RT' },
    })
    expect(result).toEqual({
      ok: true,
      accessToken: 'AT',
      tokenType: 'bearer',
      expiresIn: 60,
      scope: undefined,
      refreshToken: 'RT',
      idToken: undefined,
    })
  })

  it('reports the server error and its description (RFC 6749 §5.2)', () => {
    const result = readTokenResponse({
      status: 400,
      headers: {},
      body: { error: 'invalid_grant', error_description: 'code expired' },
    })
    expect(result).toEqual({
      ok: false,
      status: 400,
      error: 'invalid_grant',
      errorDescription: 'code expired',
    })
  })

  it('refuses a 200 without token_type, and a token type it does not know', () => {
    expect(
      readTokenResponse({ status: 200, headers: {}, body: { access_token: 'AT' } }),
    ).toMatchObject({ ok: false, error: 'invalid token response' })
    expect(
      readTokenResponse({
        status: 200,
        headers: {},
        body: { access_token: 'AT', token_type: 'DPoP' },
      }),
    ).toMatchObject({ ok: false, error: 'unsupported token_type' })
  })
})
