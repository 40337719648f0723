import { createResourceServer, type ResourceServerOptions } from '../index.ts'
import { TEST_NOW_MS, createTestIssuer } from './test-issuer.ts'

/**
 * The resource-server tests' setup: a fresh stand-in issuer (see createTestIssuer) and a resource
 * server that reaches it through its fetch handler, on a clock that starts at TEST_NOW_MS and
 * that a test moves by setting `clock.ms`. `options` adds or overrides other server options.
 */
export async function createTestApi(
  options: Omit<Partial<ResourceServerOptions>, 'fetch' | 'now'> = {},
) {
  const issuer = await createTestIssuer()
  const clock = { ms: TEST_NOW_MS }
  const api = createResourceServer({ fetch: issuer.fetch, now: () => clock.ms, ...options })
  return { issuer, clock, api }
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>
