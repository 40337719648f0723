import { beforeEach, describe, expect, it } from 'vitest'
import { createResourceServer } from './index.ts'
import { createTestApi, type TestApi } from './testing/test-api.ts'

const API = 'https://api.photos.example'
const REALM = 'Bearer realm="api.photos.example"'

let issuer: TestApi['issuer']
let clock: TestApi['clock']
let api: TestApi['api']

beforeEach(async () => {
  ;({ issuer, clock, api } = await createTestApi())
})

function get(path: string, authorization?: string): Promise<Response> {
  const headers = authorization === undefined ? undefined : { Authorization: authorization }
  return api.fetch(new Request(`${API}${path}`, { headers }))
}

async function expectBearerError(
  response: Response,
  status: number,
  error: string,
  description: string,
) {
  expect(response.status).toBe(status)
  const challenge = response.headers.get('www-authenticate') ?? ''
  expect(challenge.startsWith(`${REALM}, error="${error}", error_description="`)).toBe(true)
  const body = (await response.json()) as { error: string; error_description: string }
  expect(body.error).toBe(error)
  expect(body.error_description).toContain(description)
  return { challenge, body }
}

describe('GET /photos with a valid token', () => {
  it("returns the token subject's album as JSON", async () => {
    const response = await get('/photos', `Bearer ${await issuer.mint()}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as {
      owner: string
      count: number
      photos: { id: string; title: string; url: string }[]
    }
    expect(body.owner).toBe('alice')
    expect(body.count).toBe(5)
    expect(body.photos.map((p) => p.id)).toEqual(['ph-101', 'ph-102', 'ph-103', 'ph-104', 'ph-105'])
    expect(body.photos[1]?.title).toBe('Rowing up the Isis to Godstow')
    expect(body.photos[0]?.url.startsWith('data:image/svg+xml,')).toBe(true)
  })

  it('serves only the owner: bob sees his own album, not alice', async () => {
    const response = await get('/photos', `Bearer ${await issuer.mint({ claims: { sub: 'bob' } })}`)
    const body = (await response.json()) as { owner: string; photos: { id: string }[] }
    expect(body.owner).toBe('bob')
    expect(body.photos.map((p) => p.id)).toEqual(['ph-201', 'ph-202'])
  })

  it('serves one photo by id, and 404s for a photo in someone else’s album', async () => {
    const token = await issuer.mint()
    const one = await get('/photos/ph-103', `Bearer ${token}`)
    expect(one.status).toBe(200)
    expect(((await one.json()) as { title: string }).title).toBe('Croquet on the Deanery lawn')
    const other = await get('/photos/ph-201', `Bearer ${token}`)
    expect(other.status).toBe(404)
    expect(((await other.json()) as { error_description: string }).error_description).toBe(
      "There is no photo ph-201 in alice's album.",
    )
  })

  it('accepts the scheme case-insensitively and typ application/at+jwt (RFC 9068 §2.1)', async () => {
    const token = await issuer.mint({ header: { typ: 'application/at+jwt' } })
    expect((await get('/photos', `bearer ${token}`)).status).toBe(200)
  })

  it('accepts an aud array that contains the API', async () => {
    const token = await issuer.mint({ claims: { aud: ['https://other.example', API] } })
    expect((await get('/photos', `Bearer ${token}`)).status).toBe(200)
  })
})

describe('requests without usable credentials (RFC 6750 §3.1)', () => {
  it('no Authorization header: 401 with a bare realm challenge and no error information at all', async () => {
    const response = await get('/photos')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe(REALM)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toBeNull()
    expect(await response.text()).toBe('')
  })

  it('another scheme (Basic) counts as no credentials', async () => {
    const response = await get('/photos', 'Basic YWxpY2U6d29uZGVybGFuZA==')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe(REALM)
    expect(await response.text()).toBe('')
  })
})

describe('malformed requests: 400 invalid_request', () => {
  it.each([
    ['Bearer', 'carries no token'],
    ['Bearer abc def', 'more than one value after Bearer'],
    ['Bearer abc,def', "the character ','"],
    ['Bearer ab=c', 'an = sign before its end'],
  ])('%s', async (authorization, description) => {
    await expectBearerError(
      await get('/photos', authorization),
      400,
      'invalid_request',
      description,
    )
  })

  it('a token in the URL query', async () => {
    const response = await get(`/photos?access_token=${await issuer.mint()}`)
    await expectBearerError(
      response,
      400,
      'invalid_request',
      'does not accept an access token in the URL',
    )
  })

  it('a token in both the header and the query', async () => {
    const token = await issuer.mint()
    const response = await get(`/photos?access_token=${token}`, `Bearer ${token}`)
    await expectBearerError(response, 400, 'invalid_request', 'use exactly one method')
  })
})

describe('routes and methods', () => {
  it('an unknown path is 404 with a hint, before any token check', async () => {
    const response = await get('/albums')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: 'not_found',
      error_description: 'The photo API has no /albums. Try GET /photos or GET /photos/{id}.',
    })
  })

  it('a POST is 405 with Allow: GET, HEAD, OPTIONS', async () => {
    const response = await api.fetch(
      new Request(`${API}/photos`, { method: 'POST', body: 'title=new' }),
    )
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('answers HEAD as GET without the body (RFC 9110 §9.3.2)', async () => {
    const token = await issuer.mint()
    const head = (authorization?: string) =>
      api.fetch(
        new Request(`${API}/photos`, {
          method: 'HEAD',
          headers: authorization ? { Authorization: authorization } : {},
        }),
      )
    const ok = await head(`Bearer ${token}`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await ok.text()).toBe('')
    const refused = await head()
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toBe(REALM)
  })
})

describe('CORS, so a browser app on another origin can call the API (Fetch §3.2)', () => {
  it('every answer may be read from any origin, WWW-Authenticate included', async () => {
    for (const response of [
      await get('/photos', `Bearer ${await issuer.mint()}`),
      await get('/photos'),
      await get('/photos', 'Bearer not.a.jwt'),
      await get('/albums'),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate')
    }
  })

  it('a preflight allows GET and HEAD with an Authorization header, and nothing it does not support', async () => {
    const preflight = await api.fetch(
      new Request(`${API}/photos/ph-101`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://my-app.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      }),
    )
    expect(preflight.status).toBe(204)
    expect(Object.fromEntries(preflight.headers)).toEqual({
      allow: 'GET, HEAD, OPTIONS',
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'Authorization',
      'access-control-expose-headers': 'WWW-Authenticate',
      'access-control-max-age': '600',
    })
  })

  it('a request for another origin is 421 Misdirected Request', async () => {
    const response = await api.fetch(new Request('https://auth.photos.example/photos'))
    expect(response.status).toBe(421)
  })

  it('never throws: a broken issuer fetch becomes a 503 with a readable reason', async () => {
    const broken = createResourceServer({
      now: () => clock.ms,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    const token = await issuer.mint()
    const response = await broken.fetch(
      new Request(`${API}/photos`, { headers: { Authorization: `Bearer ${token}` } }),
    )
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      error: 'temporarily_unavailable',
      error_description:
        "The photo API could not reach https://auth.photos.example/.well-known/oauth-authorization-server for the issuer's authorization server metadata: Failed to fetch.",
    })
  })
})
