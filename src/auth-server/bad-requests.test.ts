import { describe, expect, it } from 'vitest'
import { isValidErrorText } from '../protocol/oauth-error.ts'
import { BACK_CHANNEL_ROWS } from './testing/bad-requests/back-channel.rows.ts'
import { DEVICE_ROWS } from './testing/bad-requests/device.rows.ts'
import { FRONT_CHANNEL_ROWS } from './testing/bad-requests/front-channel.rows.ts'
import { buildRequest, type BadRequest, type RequestSpec } from './testing/bad-requests/table.ts'
import { ROUTES } from './routes.ts'
import { createTestServer } from './testing/test-kit.ts'

const ROWS: readonly BadRequest[] = [...FRONT_CHANNEL_ROWS, ...BACK_CHANNEL_ROWS, ...DEVICE_ROWS]

async function expectJsonError(row: BadRequest, response: Response) {
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('location')).toBeNull()
  const body = (await response.json()) as Record<string, unknown>
  expect(body.error).toBe(row.error)
  expect(typeof body.error_description).toBe('string')
  expect(isValidErrorText(body.error_description as string)).toBe(true)
  if (row.description) expect(body.error_description).toMatch(row.description)
  if (row.destination.kind !== 'json') return
  const challenge = response.headers.get('www-authenticate')
  if (row.destination.challenge) expect(challenge).toMatch(row.destination.challenge)
  else if (row.status !== 401) expect(challenge).toBeNull()
  if (row.destination.allow) expect(response.headers.get('allow')).toBe(row.destination.allow)
}

async function expectBareChallenge(row: BadRequest, response: Response) {
  if (row.destination.kind !== 'challenge') throw new Error('not a challenge row')
  expect(response.headers.get('www-authenticate')).toMatch(row.destination.challenge)
  expect(response.headers.get('www-authenticate')).not.toMatch(/error/)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.text()).toBe('')
}

async function expectPage(row: BadRequest, response: Response) {
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(response.headers.get('location')).toBeNull()
  const html = await response.text()
  if (row.destination.kind === 'form') {
    expect(html).toContain(row.destination.text)
    expect(html).toMatch(/<form method="post"/)
    return
  }
  expect(html).toContain(`Error code: <code>${row.error}</code>`)
  if (row.description) expect(html).toMatch(row.description)
}

function expectRedirect(row: BadRequest, response: Response, issuer: string) {
  if (row.destination.kind !== 'redirect') throw new Error('not a redirect row')
  const location = response.headers.get('location')
  expect(location).not.toBeNull()
  const url = new URL(location!)
  expect(`${url.origin}${url.pathname}`).toBe(row.destination.to)
  const params =
    row.destination.mode === 'fragment' ? new URLSearchParams(url.hash.slice(1)) : url.searchParams
  if (row.destination.mode === 'fragment') expect(url.search).toBe('')
  else expect(url.hash).toBe('')
  expect(params.get('error')).toBe(row.error)
  expect(isValidErrorText(params.get('error_description') ?? '"')).toBe(true)
  if (row.description) expect(params.get('error_description')).toMatch(row.description)
  expect(params.get('state')).toBe(row.destination.state)
  expect(params.get('iss')).toBe(issuer)
  expect(params.get('code')).toBeNull()
  expect(params.get('access_token')).toBeNull()
}

describe('the bad-request table', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const server = createTestServer(row.server)
    const values = row.setup ? await row.setup(server) : {}
    const spec: RequestSpec = typeof row.request === 'function' ? row.request(values) : row.request
    const response = await server.fetch(buildRequest(server.issuer, spec))
    expect(response.status).toBe(row.status)
    if (row.destination.kind === 'json') await expectJsonError(row, response)
    else if (row.destination.kind === 'challenge') await expectBareChallenge(row, response)
    else if (row.destination.kind === 'redirect') expectRedirect(row, response, server.issuer)
    else await expectPage(row, response)
  })

  it('has at least 40 rows with distinct names', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(ROWS.map((row) => row.name)).size).toBe(ROWS.length)
  })

  it('covers every routed endpoint and an unknown path', async () => {
    const server = createTestServer()
    const paths = new Set<string>()
    for (const row of ROWS) {
      const spec = typeof row.request === 'function' ? row.request({}) : row.request
      paths.add(spec.path)
    }
    const missing = ROUTES.map((route) => route.path).filter((path) => !paths.has(path))
    expect(missing).toEqual([])
    const unknown = [...paths].filter((path) => !ROUTES.some((route) => route.path === path))
    expect(unknown.length).toBeGreaterThan(0)
    for (const path of unknown)
      expect((await server.fetch(new Request(`${server.issuer}${path}`))).status).toBe(404)
  })
})
