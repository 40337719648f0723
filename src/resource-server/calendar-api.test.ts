import { describe, expect, it } from 'vitest'
import { API_AUDIENCE, CALENDAR_API_ORIGIN } from '../protocol/demo-world.ts'
import { createCalendarApi } from './calendar-api.ts'
import { TEST_NOW_MS, createTestIssuer } from './testing/test-issuer.ts'

async function setUp() {
  const issuer = await createTestIssuer()
  const setting = { checksAudience: true }
  const api = createCalendarApi({
    fetch: issuer.fetch,
    now: () => TEST_NOW_MS,
    checksAudience: () => setting.checksAudience,
  })
  const call = async (token: string, path = '/events') => {
    const response = await api.fetch(
      new Request(`${CALENDAR_API_ORIGIN}${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
    )
    return {
      status: response.status,
      challenge: response.headers.get('www-authenticate'),
      body: (await response.json()) as Record<string, unknown>,
    }
  }
  return { issuer, setting, call }
}

describe('the calendar API, a second resource server of the same issuer', () => {
  it('serves the calendar of the token’s sub to a token whose aud names it', async () => {
    const { issuer, call } = await setUp()
    const result = await call(await issuer.mint({ claims: { aud: CALENDAR_API_ORIGIN } }))
    expect(result.status).toBe(200)
    expect(result.body.owner).toBe('alice')
    expect(result.body.count).toBe(3)
  })

  it('refuses a photo API token with invalid_token naming both audiences (RFC 9068 §4)', async () => {
    const { issuer, call } = await setUp()
    const result = await call(await issuer.mint({ claims: { aud: API_AUDIENCE } }))
    expect(result.status).toBe(401)
    expect(result.body.error).toBe('invalid_token')
    expect(result.body.error_description).toBe(
      `The token is for the audience ${API_AUDIENCE}, not ${CALENDAR_API_ORIGIN}: access tokens are restricted to the API they were issued for (RFC 9068 §4, RFC 9700 §2.3).`,
    )
    expect(result.challenge).toContain('realm="api.calendar.example", error="invalid_token"')
  })

  it('accepts the photo API token once the audience check is off, and only that check', async () => {
    const { issuer, setting, call } = await setUp()
    setting.checksAudience = false
    expect((await call(await issuer.mint({ claims: { aud: API_AUDIENCE } }))).status).toBe(200)
    // Every other check still holds: a foreign key, another issuer, an expired token.
    expect((await call(await issuer.mint({ foreignKey: true }))).status).toBe(401)
    expect(
      (await call(await issuer.mint({ claims: { iss: 'https://evil.example' } }))).status,
    ).toBe(401)
    expect((await call(await issuer.mint({ claims: { exp: 1 } }))).status).toBe(401)
  })

  it('answers 404 elsewhere and 401 with a bare challenge without a token', async () => {
    const { issuer, call } = await setUp()
    expect((await call(await issuer.mint(), '/photos')).status).toBe(404)
    const api = createCalendarApi({ fetch: issuer.fetch, now: () => TEST_NOW_MS })
    const response = await api.fetch(new Request(`${CALENDAR_API_ORIGIN}/events`))
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="api.calendar.example"')
  })
})
