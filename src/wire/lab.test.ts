import { decodeProtectedHeader, decodeJwt } from 'jose'
import { describe, expect, it, vi } from 'vitest'
import {
  API_ORIGIN,
  DEMO_USER,
  ISSUER,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_CLIENT,
} from '../protocol/demo-world.ts'
import { encodeClientSecretBasic } from '../protocol/client-secret-basic.ts'
import { computeCodeChallenge, createCodeVerifier } from '../protocol/pkce.ts'
import { createLab } from './lab.ts'
import type { Lab } from './lab.ts'

const START = Date.parse('2026-11-28T16:30:00Z')

async function authorizeUrl(
  clientId: string,
  redirectUri: string,
  scope = 'openid profile photos.read',
) {
  const verifier = createCodeVerifier()
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state: 'st-42',
    nonce: 'n-42',
    code_challenge: await computeCodeChallenge(verifier),
    code_challenge_method: 'S256',
  })
  return { verifier, url: `${ISSUER}/authorize?${params}` }
}

/** Alice signs in and approves, one hop at a time, as the flow player will drive it. */
async function walkToCallback(lab: Lab, url: string, decision = 'approve') {
  const browser = lab.browser()
  const first = await browser.navigate(url, { initiator: null })
  expect(first.status).toBe(302)
  const login = await browser.followRedirect()
  expect(login.body).toContain('<h1>Sign in</h1>')
  expect(browser.forms(login)[0]?.controls.map((c) => c.name)).toEqual([
    'request_id',
    'username',
    'password',
    '',
  ])
  const afterLogin = await browser.submitForm(login, 0, {
    username: DEMO_USER.username,
    password: DEMO_USER.password,
  })
  expect(afterLogin.status).toBe(303)
  const consent = await browser.followRedirect()
  expect(consent.body).toContain(
    '<button type="submit" name="decision" value="approve">Allow</button>',
  )
  const afterConsent = await browser.submitForm(consent, 0, { decision })
  expect(afterConsent.status).toBe(303)
  return browser.followRedirect({ follow: true })
}

describe('createLab: the whole authorization code + PKCE flow over the wire', () => {
  it('logs in, consents, reaches the callback with a code, redeems it, and reads the photos', async () => {
    const lab = createLab({ now: () => START })
    const { verifier, url } = await authorizeUrl(
      PHOTO_SPA_CLIENT.clientId,
      PHOTO_SPA_CLIENT.redirectUri,
    )
    const callbackPage = await walkToCallback(lab, url)

    expect(callbackPage.servedBy).toBe('client')
    expect(callbackPage.body).toContain('Printshop web app received the authorization response.')
    const callback = new URL(lab.callbacks['photo-spa']!.lastCallback()!)
    expect(lab.browser().location()).toBe(callback.href)
    expect(callback.origin + callback.pathname).toBe(PHOTO_SPA_CLIENT.redirectUri)
    expect(callback.searchParams.get('state')).toBe('st-42')
    expect(callback.searchParams.get('iss')).toBe(ISSUER)
    const code = callback.searchParams.get('code')!
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/)

    const clientFetch = lab.wire.fetchAs('client', 'back', 'Token request')
    const tokenResponse = await clientFetch(`${ISSUER}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        client_id: PHOTO_SPA_CLIENT.clientId,
        code_verifier: verifier,
      }),
    })
    expect(tokenResponse.status).toBe(200)
    const tokens = (await tokenResponse.json()) as { access_token: string; token_type: string }
    expect(decodeProtectedHeader(tokens.access_token).typ).toBe('at+jwt')
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      sub: 'alice',
      aud: API_ORIGIN,
      client_id: 'photo-spa',
    })

    const photos = await lab.wire.fetchAs(
      'client',
      'back',
      'API call',
    )(`${API_ORIGIN}/photos`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    })
    expect(photos.status).toBe(200)
    const album = (await photos.json()) as { owner: string; photos: { title: string }[] }
    expect(album.owner).toBe('alice')
    expect(album.photos[0]?.title).toBe('Christ Church Meadow at dawn')

    expect(
      lab.wire
        .exchanges()
        .map(
          (e) =>
            `${e.from} -> ${e.to} [${e.channel}] ${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`,
        ),
    ).toEqual([
      'user-agent -> authorization-server [front] GET /authorize 302',
      'user-agent -> authorization-server [front] GET /login 200',
      'user-agent -> authorization-server [front] POST /login 303',
      'user-agent -> authorization-server [front] GET /consent 200',
      'user-agent -> authorization-server [front] POST /consent 303',
      'user-agent -> client [front] GET /callback 200',
      'client -> authorization-server [back] POST /token 200',
      'client -> resource-server [back] GET /photos 200',
      'resource-server -> authorization-server [back] GET /.well-known/oauth-authorization-server 200',
      'resource-server -> authorization-server [back] GET /jwks 200',
    ])
    expect(lab.wire.exchanges().at(-1)?.label).toBe('Fetch the signing keys')
    const jwks = JSON.parse(lab.wire.exchanges().at(-1)?.response.body ?? '{}') as {
      keys: { kid: string }[]
    }
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(tokens.access_token).kid)
  })

  it('a denied consent reaches the Printshop callback with access_denied and no code', async () => {
    const lab = createLab({ now: () => START })
    const { url } = await authorizeUrl(PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.redirectUri)
    const page = await walkToCallback(lab, url, 'deny')
    expect(page.body).toContain(
      'The authorization server sent Printshop an error instead of a code.',
    )
    const callback = new URL(lab.callbacks.printshop!.lastCallback()!)
    expect(callback.searchParams.get('error')).toBe('access_denied')
    expect(callback.searchParams.has('code')).toBe(false)
  })

  it('stands still in real time: only a skip moves the lab clock, so nothing expires while a learner reads', async () => {
    vi.useFakeTimers({ now: START })
    try {
      const lab = createLab()
      const start = lab.clock.now()
      vi.advanceTimersByTime(3_600_000) // an hour of reading, by the wall clock
      expect(Date.now()).toBe(START + 3_600_000)
      expect(lab.clock.now()).toBe(start)
      lab.clock.advance(60)
      expect(lab.clock.now()).toBe(start + 60_000)
    } finally {
      vi.useRealTimers()
    }
  })

  it('shares one clock: after the token lifetime the photo API says the token expired', async () => {
    const lab = createLab({ now: () => START })
    const { verifier, url } = await authorizeUrl(
      PRINTSHOP_CLIENT.clientId,
      PRINTSHOP_CLIENT.redirectUri,
    )
    await walkToCallback(lab, url)
    const code = new URL(lab.callbacks.printshop!.lastCallback()!).searchParams.get('code')!
    const fetch = lab.wire.fetchAs('client')
    const tokenResponse = await fetch(`${ISSUER}/token`, {
      method: 'POST',
      headers: {
        Authorization: encodeClientSecretBasic(
          PRINTSHOP_CLIENT.clientId,
          PRINTSHOP_CLIENT.clientSecret,
        ),
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: PRINTSHOP_CLIENT.redirectUri,
        code_verifier: verifier,
      }),
    })
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string }
    const exp = decodeJwt(token).exp!
    const call = () =>
      fetch(`${API_ORIGIN}/photos`, { headers: { Authorization: `Bearer ${token}` } })
    expect((await call()).status).toBe(200)

    lab.clock.advance(exp - Math.floor(START / 1000))
    const expired = await call()
    expect(expired.status).toBe(401)
    const expiredAt = new Date(exp * 1000).toISOString().replace('.000Z', 'Z')
    expect(expired.headers.get('www-authenticate')).toBe(
      `Bearer realm="api.photos.example", error="invalid_token", error_description="The access token expired at ${expiredAt} (it is now ${expiredAt}); the client needs a new one."`,
    )
  })

  it('revocation reaches the photo API only once it introspects: a JWT is checked locally until exp', async () => {
    const lab = createLab({ now: () => START })
    const { verifier, url } = await authorizeUrl(
      PHOTO_SPA_CLIENT.clientId,
      PHOTO_SPA_CLIENT.redirectUri,
    )
    await walkToCallback(lab, url)
    const code = new URL(lab.callbacks['photo-spa']!.lastCallback()!).searchParams.get('code')!
    const fetch = lab.wire.fetchAs('client')
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      body: new URLSearchParams({ client_id: PHOTO_SPA_CLIENT.clientId, ...fields }),
    })
    const tokens = (await (
      await fetch(
        `${ISSUER}/token`,
        form({ grant_type: 'authorization_code', code, code_verifier: verifier }),
      )
    ).json()) as { access_token: string; refresh_token: string }
    const photos = () =>
      fetch(`${API_ORIGIN}/photos`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })
    expect((await photos()).status).toBe(200)

    // Revoking the refresh token revokes its grant, access token included (RFC 7009 §2.1)...
    expect((await fetch(`${ISSUER}/revoke`, form({ token: tokens.refresh_token }))).status).toBe(
      200,
    )
    // ...but the API, checking the JWT's signature and exp itself, cannot know.
    expect(lab.resourceServer.tokenCheck).toBe('local-jwt')
    expect((await photos()).status).toBe(200)

    // A flow's set-up switches the API to introspection; one that leaves it out switches it back.
    lab.configure({ photoApi: { tokenCheck: 'introspection' } })
    expect(lab.resourceServer.tokenCheck).toBe('introspection')
    const refused = await photos()
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token"/)
    const introspection = lab.wire
      .exchanges()
      .filter((e) => e.label === 'Introspect the access token')
    expect(introspection).toHaveLength(1)
    expect(introspection[0]).toMatchObject({
      from: 'resource-server',
      to: 'authorization-server',
      channel: 'back',
    })
    expect(introspection[0]?.request.headers).toContainEqual([
      'authorization',
      encodeClientSecretBasic('photo-api', 'photo-api-secret'),
    ])
    expect(introspection[0]?.response.body).toBe('{"active":false}')
    lab.configure({})
    expect(lab.resourceServer.tokenCheck).toBe('local-jwt')
  })

  it("the photo API refuses the server's own ID token, and a token without photos.read", async () => {
    const lab = createLab({ now: () => START })
    const { verifier, url } = await authorizeUrl(
      PHOTO_SPA_CLIENT.clientId,
      PHOTO_SPA_CLIENT.redirectUri,
      'openid profile',
    )
    await walkToCallback(lab, url)
    const code = new URL(lab.callbacks['photo-spa']!.lastCallback()!).searchParams.get('code')!
    const fetch = lab.wire.fetchAs('client')
    const tokenResponse = await fetch(`${ISSUER}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        client_id: PHOTO_SPA_CLIENT.clientId,
        code_verifier: verifier,
      }),
    })
    const tokens = (await tokenResponse.json()) as { access_token: string; id_token: string }
    const call = async (token: string) => {
      const response = await fetch(`${API_ORIGIN}/photos`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      return {
        status: response.status,
        body: (await response.json()) as { error: string; error_description: string },
      }
    }
    expect(await call(tokens.id_token)).toEqual({
      status: 401,
      body: {
        error: 'invalid_token',
        error_description:
          "The token's typ is JWT, not at+jwt: an ID token is not an access token (RFC 9068 §5).",
      },
    })
    const narrow = await call(tokens.access_token)
    expect(narrow.status).toBe(403)
    expect(narrow.body.error_description).toBe(
      "The token grants only openid profile; reading photos needs photos.read. Ask for it in the authorization request's scope (RFC 6750 §3.1, RFC 6749 §3.3).",
    )
  })

  it('restart forgets exchanges, cookies and callbacks but keeps the servers and their keys', async () => {
    const lab = createLab({ now: () => START })
    const { url } = await authorizeUrl(PHOTO_SPA_CLIENT.clientId, PHOTO_SPA_CLIENT.redirectUri)
    await walkToCallback(lab, url)
    expect(
      lab
        .browser()
        .cookies()
        .map((c) => c.name),
    ).toEqual(['as_session'])
    const keysBefore = await lab.authorizationServer.jwks()
    lab.restart()
    expect(lab.wire.exchanges()).toEqual([])
    expect(lab.browser().cookies()).toEqual([])
    expect(lab.browser().location()).toBeNull()
    expect(lab.callbacks['photo-spa']!.received()).toEqual([])
    expect(await lab.authorizationServer.jwks()).toEqual(keysBefore)
  })

  it('restart makes the authorization server forget the discarded run: nothing piles up', async () => {
    const lab = createLab({ now: () => START })
    const { url } = await authorizeUrl(PHOTO_SPA_CLIENT.clientId, PHOTO_SPA_CLIENT.redirectUri)
    await walkToCallback(lab, url)
    const held = lab.authorizationServer.storeCounts()
    expect(held.sessions).toBe(1)
    expect(held.codes).toBe(1)
    lab.restart()
    expect(Object.values(lab.authorizationServer.storeCounts())).toEqual(
      Object.values(held).map(() => 0),
    )
  })
})
