import { describe, expect, it } from 'vitest'
import { ATTACKER_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../../protocol/demo-world'
import { createLab } from '../../../wire/lab'
import { startAuthorizationWith } from './authorization'
import { checkCallback } from './callback'
import { readImplicitResponse } from './implicit'
import { LAB_AUTHORIZATION_SERVER, MALLORY_AUTHORIZATION_SERVER } from './lab-server'

const SPA = { clientId: PHOTO_SPA_CLIENT.clientId, redirectUri: PHOTO_SPA_CLIENT.redirectUri }
const iss = (issuer: string) => `iss=${encodeURIComponent(issuer)}`

describe('the clients’ static server configuration', () => {
  it('agrees with what each server publishes (RFC 8414 §3)', async () => {
    const lab = createLab()
    const metadata = lab.authorizationServer.metadata()
    for (const [name, value] of Object.entries(LAB_AUTHORIZATION_SERVER))
      expect(metadata[name], name).toEqual(value)
    const mallory = await lab.attackerSite.fetch(
      new Request(`${ATTACKER_ORIGIN}/.well-known/oauth-authorization-server`),
    )
    const published = (await mallory.json()) as Record<string, unknown>
    for (const [name, value] of Object.entries(MALLORY_AUTHORIZATION_SERVER))
      expect(published[name], name).toEqual(value)
  })
})

describe('an attack scenario’s client, without one defence or another', () => {
  it('leaves PKCE and state out when told, and asks for a token in the implicit grant', async () => {
    const start = await startAuthorizationWith(
      { ...SPA, scope: 'photos.read' },
      { pkce: false, state: false, responseType: 'token' },
    )
    const params = new URL(start.url).searchParams
    expect(params.get('response_type')).toBe('token')
    expect(params.has('state')).toBe(false)
    expect(params.has('code_challenge')).toBe(false)
    expect(start).toMatchObject({ issuer: ISSUER, state: undefined, codeVerifier: undefined })
  })

  it('sends its request to the server it is told, and remembers that issuer', async () => {
    const start = await startAuthorizationWith(
      { ...SPA, scope: 'photos.read' },
      { server: MALLORY_AUTHORIZATION_SERVER },
    )
    expect(start.url.startsWith(`${ATTACKER_ORIGIN}/authorize?`)).toBe(true)
    expect(start.issuer).toBe(ATTACKER_ORIGIN)
    expect(new URL(start.url).searchParams.get('code_challenge_method')).toBe('S256')
  })

  it('refuses an answer from another issuer than it called, unless it ignores iss (RFC 9207 §2.4)', () => {
    const url = `${PHOTO_SPA_CLIENT.redirectUri}?code=C&state=S&${iss(ISSUER)}`
    const expected = { clientId: SPA.clientId, state: 'S', server: MALLORY_AUTHORIZATION_SERVER }
    const checked = checkCallback(url, expected)
    expect(checked.ok === false && checked.refusal).toBe('issuer-mismatch')
    const ignoring = checkCallback(url, { ...expected, issuer: 'skip' })
    expect(ignoring.ok && ignoring.code).toBe('C')
    expect(ignoring.checks[0]).toEqual({
      label: 'iss',
      ok: false,
      text: 'not checked: this client ignores iss',
    })
  })

  it('takes a planted code when it skips the state check', () => {
    const url = `${PHOTO_SPA_CLIENT.redirectUri}?code=M&state=MALLORYS&${iss(ISSUER)}`
    const checked = checkCallback(url, { clientId: SPA.clientId, state: 'ALICES' })
    expect(checked.ok === false && checked.refusal).toBe('state-mismatch')
    expect(checkCallback(url, { clientId: SPA.clientId, state: 'skip' }).ok).toBe(true)
  })
})

describe('the legacy client’s reading of an implicit response (RFC 6749 §4.2.2)', () => {
  const at = (fragment: string) => `https://legacy.printshop.example/callback#${fragment}`

  it('takes the access token from the fragment after iss and state', () => {
    const read = readImplicitResponse(
      at(
        `access_token=T&token_type=Bearer&expires_in=3600&scope=photos.read&state=S&${iss(ISSUER)}`,
      ),
      { state: 'S' },
    )
    expect(read).toMatchObject({ ok: true, accessToken: 'T', tokenType: 'bearer', expiresIn: 3600 })
  })

  it('refuses a wrong state, a missing iss, an error, and a fragment without a token', () => {
    const refusal = (fragment: string) => {
      const read = readImplicitResponse(at(fragment), { state: 'S' })
      return read.ok ? 'accepted' : read.error
    }
    expect(refusal(`access_token=T&token_type=Bearer&state=X&${iss(ISSUER)}`)).toBe(
      'state-mismatch',
    )
    expect(refusal('access_token=T&token_type=Bearer&state=S')).toBe('issuer-mismatch')
    expect(refusal(`error=access_denied&state=S&${iss(ISSUER)}`)).toBe('access_denied')
    expect(refusal(`state=S&${iss(ISSUER)}`)).toBe('invalid-response')
  })
})
