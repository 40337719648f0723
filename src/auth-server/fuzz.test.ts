import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seedLiveState, type LiveState } from './testing/fuzz/live-values.ts'
import {
  fuzzRequest,
  junk,
  pairs,
  readParams,
  toRequest,
  type FuzzRequest,
} from './testing/fuzz/request-arbitrary.ts'
import { checkResponse, type RequestFacts } from './testing/fuzz/response-shape.ts'
import { mutatedTemplate } from './testing/fuzz/mutations.ts'
import { templatesFor } from './testing/fuzz/templates.ts'
import { DEMO_CLIENTS } from './registry/demo-world-data.ts'
import { ROUTES } from './routes.ts'
import { createTestServer } from './testing/test-kit.ts'

/**
 * Runs per endpoint: enough to find shape bugs, small enough that the whole file stays fast.
 * FUZZ_RUNS=5000 npx vitest run src/auth-server/fuzz.test.ts digs deeper.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 200)

/** Redirect URIs of the client the request names (client_id, or a pending request_id). */
function allowedRedirects(fuzz: FuzzRequest, live: LiveState): string[] {
  const params = readParams(fuzz)
  const uris: string[] = []
  const clientIds = params.getAll('client_id').filter((value) => value !== '')
  if (clientIds.length === 1)
    uris.push(
      ...(DEMO_CLIENTS.find((client) => client.clientId === clientIds[0])?.redirectUris ?? []),
    )
  for (const id of [
    ...params.getAll('request_id'),
    ...new URLSearchParams(fuzz.query).getAll('request_id'),
  ])
    uris.push(...(live.redirectsByRequestId.get(id) ?? []))
  return uris
}

const PATHS = [...ROUTES.map((route) => route.path), '/', '/unknown', '/.well-known/webfinger']

describe('fuzzing every endpoint with fast-check', () => {
  it.each(PATHS)(
    '%s always answers a well-formed response and never throws',
    { timeout: Math.max(5000, NUM_RUNS * 20) },
    async (path) => {
      const server = createTestServer()
      const live = await seedLiveState(server)
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fuzzRequest(live), mutatedTemplate(templatesFor(path, live), pairs(live), junk)),
          async (fuzz) => {
            const request = toRequest(server.issuer, path, fuzz)
            const response = await server.fetch(request)
            const facts: RequestFacts = {
              path: `${path}${fuzz.pathSuffix}`,
              method: fuzz.method,
              allowedRedirects: allowedRedirects(fuzz, live),
            }
            await checkResponse(server, facts, response)
          },
        ),
        { numRuns: NUM_RUNS },
      )
    },
  )

  it('the shape check itself rejects what it must', async () => {
    const server = createTestServer()
    const facts: RequestFacts = {
      path: '/authorize',
      method: 'GET',
      allowedRedirects: ['https://spa.printshop.example/callback'],
    }
    const redirect = (location: string) =>
      new Response(null, { status: 302, headers: { location } })
    await expect(
      checkResponse(
        server,
        facts,
        redirect('https://attacker.example/cb?code=x&iss=https://auth.photos.example'),
      ),
    ).rejects.toThrow(/not a registered redirect URI/)
    await expect(
      checkResponse(server, facts, redirect('https://spa.printshop.example/callback.evil?code=x')),
    ).rejects.toThrow(/not a registered redirect URI/)
    await expect(
      checkResponse(server, facts, redirect('https://spa.printshop.example/callback?code=x')),
    ).rejects.toThrow(/without iss/)
    await expect(
      checkResponse(server, facts, redirect('https://auth.photos.example/admin')),
    ).rejects.toThrow(/unrouted path/)
    await expect(
      checkResponse(
        server,
        facts,
        new Response('{"error":"oops","error_description":"x"}', {
          status: 400,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      ),
    ).rejects.toThrow(/not an OAuth error code/)
    await expect(
      checkResponse(
        server,
        facts,
        new Response('{"error":"invalid_request"}', {
          status: 400,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      ),
    ).rejects.toThrow(/error_description missing/)
    await expect(
      checkResponse(
        server,
        facts,
        new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    ).rejects.toThrow(/success shape/)
    await expect(
      checkResponse(server, facts, new Response('boom', { status: 500 })),
    ).rejects.toThrow(/handler failed/)
    await expect(
      checkResponse(
        server,
        facts,
        redirect(
          `https://spa.printshop.example/callback?iss=x&error=invalid_request&state=${'s'.repeat(9000)}`,
        ),
      ),
    ).rejects.toThrow(/a request value was repeated in full/)
    await expect(
      checkResponse(
        server,
        facts,
        new Response(
          JSON.stringify({ error: 'invalid_scope', error_description: 'x'.repeat(5000) }),
          {
            status: 400,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          },
        ),
      ),
    ).rejects.toThrow(/an error_description of 5000 characters/)
    await expect(
      checkResponse(
        server,
        facts,
        redirect(
          'https://spa.printshop.example/callback?code=x&iss=https%3A%2F%2Fauth.photos.example',
        ),
      ),
    ).resolves.toBeUndefined()
  })
})
