import fc from 'fast-check'
import { DEMO_CLIENTS } from '../../registry/demo-world-data.ts'
import type { FuzzRequest } from './request-arbitrary.ts'
import type { RequestTemplate } from './templates.ts'

/**
 * How the fuzzer mutates a valid request (templates.ts): drops, repeats and replaces parameters,
 * with junk or with values worth trying, and changes the method, content type or credentials.
 */

const REDIRECTS = DEMO_CLIENTS.flatMap((client) => client.redirectUris)

/** Values worth trying for a parameter, by name: other clients' values, near misses, attacks. */
const INTERESTING: Record<string, readonly string[]> = {
  client_id: [...DEMO_CLIENTS.map((client) => client.clientId), 'nobody'],
  redirect_uri: [
    ...REDIRECTS,
    ...REDIRECTS.flatMap((uri) => [
      `${uri}/evil`,
      `${uri}?x=1`,
      `${uri}#f`,
      `${uri}.attacker.example`,
      uri.toUpperCase(),
      uri.replace('https:', 'http:'),
    ]),
    'https://attacker.example/cb',
    'javascript:alert(1)',
    'data:text/html,hi',
    '//attacker.example',
    '/callback',
  ],
  response_type: ['code', 'token', 'id_token', 'code id_token', 'code token', 'none', 'CODE'],
  scope: [
    'openid',
    'photos.read',
    'photos.write',
    'openid offline_access',
    'email profile',
    'photos.read photos.read',
  ],
  code_challenge_method: ['S256', 'plain', 's256', 'S512'],
  prompt: ['none', 'login', 'consent', 'select_account', 'none login'],
  grant_type: [
    'authorization_code',
    'refresh_token',
    'client_credentials',
    'password',
    'urn:ietf:params:oauth:grant-type:device_code',
    'implicit',
  ],
  token_type_hint: ['access_token', 'refresh_token', 'id_token', 'device_code'],
  decision: ['approve', 'deny', 'APPROVE'],
  max_age: ['0', '1', '-1', '1e3', '99999999999'],
}
/** `changed` one time in four, else `unchanged`. */
function sometimes<T, U>(changed: fc.Arbitrary<T>, unchanged: U): fc.Arbitrary<T | U> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(unchanged) },
    { weight: 1, arbitrary: changed },
  )
}

/** A template, mutated: some parameters dropped, some added or repeated, credentials or method changed. */
export function mutatedTemplate(
  templates: RequestTemplate[],
  extraPairs: fc.Arbitrary<[string, string][]>,
  junk: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...templates).chain((template) =>
    fc
      .record({
        kept: sometimes(
          fc.subarray(template.params, { minLength: Math.max(0, template.params.length - 2) }),
          template.params,
        ),
        extra: sometimes(extraPairs, [] as [string, string][]),
        repeat: sometimes(
          fc.constantFrom(
            ...(template.params.length > 0 ? template.params : [['x', 'y'] as [string, string]]),
          ),
          null,
        ),
        replace: fc.oneof(
          { weight: 1, arbitrary: fc.constant([]) },
          {
            weight: 1,
            arbitrary: fc.array(
              fc.tuple(
                fc.nat(),
                fc.nat({ max: 3 }).map((n) => n > 0),
                fc.nat(),
                junk,
              ),
              { minLength: 1, maxLength: 3 },
            ),
          },
        ),
        method: fc.oneof(
          { weight: 12, arbitrary: fc.constant(template.method) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT') },
        ),
        dropAuth: fc.nat({ max: 5 }).map((n) => n === 0),
        formType: fc.oneof(
          { weight: 12, arbitrary: fc.constant('application/x-www-form-urlencoded') },
          { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/json') },
        ),
      })
      .map(({ kept, extra, repeat, replace, method, dropAuth, formType }): FuzzRequest => {
        const params: [string, string][] = [...kept, ...extra]
        if (repeat) params.push(repeat)
        for (const [position, targeted, choice, junkValue] of replace) {
          if (params.length === 0) break
          const candidates = params.flatMap(([name], index) => (INTERESTING[name] ? [index] : []))
          if (targeted && candidates.length > 0) {
            const index = candidates[position % candidates.length]!
            const name = params[index]![0]
            const values = INTERESTING[name]!
            params[index] = [name, values[choice % values.length]!]
          } else {
            const index = position % params.length
            params[index] = [params[index]![0], junkValue]
          }
        }
        const asForm = method !== 'GET'
        return {
          method,
          pathSuffix: '',
          query: asForm ? [] : params,
          body: asForm ? { kind: 'form', pairs: params } : { kind: 'none' },
          contentType: asForm ? formType : undefined,
          authorization: dropAuth ? undefined : template.authorization,
          cookie: template.cookie,
          extraHeaders: [],
        }
      }),
  )
}
