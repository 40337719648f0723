import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { API_AUDIENCE } from '../../protocol/demo-world'
import { exchangeLines, runFlow } from '../kit/testing/run-flow'
import { flow } from './authorization-code-pkce.flow'
import type { AuthorizationCodePkceContext } from './authorization-code-pkce.setup'

const contextOf = (run: Awaited<ReturnType<typeof runFlow>>) =>
  run.snapshot.context as AuthorizationCodePkceContext

describe('authorization code + PKCE against real servers', () => {
  it('runs every step to the photos, with an RFC 9068 token for the photo API', async () => {
    const run = await runFlow(flow)
    expect(run.visited).toEqual(flow.plan)
    const { tokens, api, start } = contextOf(run)
    if (!tokens?.ok) throw new Error(`no tokens: ${JSON.stringify(tokens)}`)
    const claims = decodeJwt(tokens.accessToken)
    expect(claims.aud).toBe(API_AUDIENCE)
    expect(claims.scope).toBe('photos.read')
    expect(claims.client_id).toBe('photo-spa')
    expect(claims.sub).toBe('alice')
    expect(decodeProtectedHeader(tokens.accessToken).typ).toBe('at+jwt')
    expect(api?.status).toBe(200)
    const photos = api?.body as { photos: { owner: string }[] }
    expect(photos.photos.length).toBeGreaterThan(0)
    expect(photos.photos.every((photo) => photo.owner === 'alice')).toBe(true)

    const lines = exchangeLines(run.lab)
    expect(lines.slice(0, 7)).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client POST /token 200',
    ])
    const tokenBody = new URLSearchParams(run.lab.wire.exchanges()[6]?.request.body ?? '')
    expect(tokenBody.get('code_verifier')).toBe(start?.codeVerifier)
    expect(tokenBody.get('client_id')).toBe('photo-spa')
    expect(lines).toContain('client GET /photos 200')
    // The API fetched the issuer's keys over the wire to check the token's signature.
    expect(
      lines.some((line) => line.startsWith('resource-server GET') && line.endsWith(' 200')),
    ).toBe(true)
  })

  it('ends in accessDenied when Alice presses Deny in the page, with no token request', async () => {
    const run = await runFlow(flow, {
      consentPage: { type: 'form.submit', surface: 'browser', fields: {}, submitter: 'deny' },
    })
    expect(run.visited.slice(-4)).toEqual([
      'consentPage',
      'denial',
      'deniedCallback',
      'accessDenied',
    ])
    const { callback } = contextOf(run)
    expect(callback?.ok === false && callback.error).toBe('access_denied')
    expect(run.lab.wire.exchanges().some((e) => e.request.url.endsWith('/token'))).toBe(false)
  })

  it('denies by the Deny choice as well', async () => {
    const run = await runFlow(flow, { consentPage: { type: 'choice.deny' } })
    expect(run.visited.at(-1)).toBe('accessDenied')
  })

  it('shows the login form again after a wrong password, then continues with typed credentials', async () => {
    const typed = (password: string) =>
      ({
        type: 'form.submit',
        surface: 'browser',
        fields: { username: 'alice', password },
      }) as const
    const run = await runFlow(flow, {
      loginPage: typed('wrong'),
      loginRejected: typed('wonderland'),
    })
    expect(run.visited.slice(0, 6)).toEqual([
      'pkce',
      'authorizationRequest',
      'loginPage',
      'loginRejected',
      'credentials',
      'consentPage',
    ])
    expect(run.visited.at(-1)).toBe('photos')
  })
})
