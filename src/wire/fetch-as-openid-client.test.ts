import * as client from 'openid-client'
import { describe, expect, it } from 'vitest'
import { DEMO_USER, ISSUER, PHOTO_SPA_CLIENT } from '../protocol/demo-world.ts'
import { createLab } from './lab.ts'

// openid-client checks ID token times against the real clock, so this lab runs on Date.now.
describe('wire.fetchAs as the custom fetch of openid-client', () => {
  it('discovers the issuer, and redeems a code the simulated browser brought back', async () => {
    const lab = createLab()
    const config = await client.discovery(
      new URL(ISSUER),
      PHOTO_SPA_CLIENT.clientId,
      undefined,
      client.None(),
      {
        [client.customFetch]: lab.wire.fetchAs('client'),
      },
    )
    expect(config.serverMetadata().token_endpoint).toBe(`${ISSUER}/token`)

    const verifier = client.randomPKCECodeVerifier()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
      scope: 'openid photos.read',
      state: 'st-1',
      nonce: 'n-1',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    })
    await lab.browser().navigate(url.href)
    const login = await lab.browser().followRedirect()
    await lab.browser().submitForm(login, 0, {
      username: DEMO_USER.username,
      password: DEMO_USER.password,
    })
    await lab.browser().submitForm(await lab.browser().followRedirect())
    const callback = await lab.browser().followRedirect()

    const tokens = await client.authorizationCodeGrant(config, new URL(callback.url), {
      pkceCodeVerifier: verifier,
      expectedState: 'st-1',
      expectedNonce: 'n-1',
    })
    expect(tokens.claims()).toMatchObject({
      iss: ISSUER,
      sub: 'alice',
      aud: PHOTO_SPA_CLIENT.clientId,
      nonce: 'n-1',
    })
    expect(
      lab.wire
        .exchanges()
        .filter((e) => e.from === 'client')
        .map((e) => new URL(e.request.url).pathname),
    ).toEqual(['/.well-known/openid-configuration', '/token'])
  })
})
