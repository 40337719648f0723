import fc from 'fast-check'
import { encodeClientSecretBasic } from '../../../protocol/client-secret-basic.ts'
import { DEMO_CLIENTS } from '../../registry/demo-world-data.ts'
import {
  BACKUP_JOB_CLIENT,
  LEGACY_APP_CLIENT,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_CLIENT,
} from '../../../protocol/demo-world.ts'
import type { LiveState } from './live-values.ts'
import type { FuzzRequest } from './request-arbitrary.ts'

/**
 * Valid requests for each endpoint, built from the live values, that the fuzzer then mutates
 * (drops, repeats and replaces parameters, changes the method, content type or credentials):
 * purely random requests stop at the first check, mutated valid ones reach the deep branches.
 */
export interface RequestTemplate {
  method: 'GET' | 'POST'
  params: [string, string][]
  authorization?: string
  cookie?: string
}

const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
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
const PRINTSHOP_BASIC = encodeClientSecretBasic(
  PRINTSHOP_CLIENT.clientId,
  PRINTSHOP_CLIENT.clientSecret,
)
const pick = (values: readonly string[], fallback = 'none') => values[0] ?? fallback

function authorizeParams(clientId: string, redirectUri: string): [string, string][] {
  return [
    ['response_type', 'code'],
    ['client_id', clientId],
    ['redirect_uri', redirectUri],
    ['scope', 'openid profile photos.read'],
    ['state', 'xyz'],
    ['nonce', 'n'],
    ['code_challenge', CHALLENGE],
    ['code_challenge_method', 'S256'],
  ]
}

/** The valid requests of `path`, or none for paths without parameters. */
export function templatesFor(path: string, live: LiveState): RequestTemplate[] {
  const { named } = live
  const requestIds = [...live.redirectsByRequestId.keys()]
  const cookie = live.cookies[0]
  switch (path) {
    case '/authorize':
      return [
        {
          method: 'GET',
          params: authorizeParams(PHOTO_SPA_CLIENT.clientId, PHOTO_SPA_CLIENT.redirectUri),
          cookie,
        },
        {
          method: 'POST',
          params: authorizeParams(PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.redirectUri),
        },
        {
          method: 'GET',
          params: [
            ...authorizeParams(PHOTO_SPA_CLIENT.clientId, PHOTO_SPA_CLIENT.redirectUri),
            ['prompt', 'none'],
          ],
          cookie,
        },
      ]
    case '/token':
      return [
        ...named.codes.map(([code, verifier]): RequestTemplate => ({
          method: 'POST',
          params: [
            ['grant_type', 'authorization_code'],
            ['code', code],
            ['code_verifier', verifier],
            ['redirect_uri', PHOTO_SPA_CLIENT.redirectUri],
            ['client_id', PHOTO_SPA_CLIENT.clientId],
          ],
        })),
        {
          method: 'POST',
          params: [
            ['grant_type', 'refresh_token'],
            ['refresh_token', pick(named.refreshTokens)],
            ['client_id', PHOTO_SPA_CLIENT.clientId],
            ['scope', 'openid'],
          ],
        },
        {
          method: 'POST',
          params: [
            ['grant_type', 'client_credentials'],
            ['scope', BACKUP_JOB_CLIENT.scope],
          ],
          authorization: encodeClientSecretBasic(
            BACKUP_JOB_CLIENT.clientId,
            BACKUP_JOB_CLIENT.clientSecret,
          ),
        },
        {
          method: 'POST',
          params: [
            ['grant_type', 'password'],
            ['username', 'alice'],
            ['password', 'wonderland'],
            ['scope', 'photos.read'],
          ],
          authorization: encodeClientSecretBasic(
            LEGACY_APP_CLIENT.clientId,
            LEGACY_APP_CLIENT.clientSecret,
          ),
        },
        {
          method: 'POST',
          params: [
            ['grant_type', 'urn:ietf:params:oauth:grant-type:device_code'],
            ['device_code', pick(named.deviceCodes)],
            ['client_id', 'frame-tv'],
          ],
        },
      ]
    case '/introspect':
    case '/revoke':
      return [
        {
          method: 'POST',
          params: [
            ['token', pick(named.accessTokens)],
            ['token_type_hint', 'access_token'],
          ],
          authorization: PRINTSHOP_BASIC,
        },
        {
          method: 'POST',
          params: [
            ['token', pick(named.refreshTokens)],
            ['token_type_hint', 'refresh_token'],
            ['client_id', PHOTO_SPA_CLIENT.clientId],
          ],
        },
      ]
    case '/userinfo':
      return [
        { method: 'GET', params: [], authorization: `Bearer ${pick(named.accessTokens)}` },
        { method: 'POST', params: [['access_token', pick(named.accessTokens)]] },
      ]
    case '/login':
    case '/device/login':
      return [
        {
          method: 'POST',
          params: [
            ['request_id', pick(path === '/login' ? requestIds : named.deviceRequestIds)],
            ['username', 'alice'],
            ['password', 'wonderland'],
          ],
        },
      ]
    case '/consent':
    case '/device/consent':
      return [
        {
          method: 'POST',
          params: [
            ['request_id', pick(path === '/consent' ? requestIds : named.deviceRequestIds)],
            ['decision', 'approve'],
          ],
          cookie,
        },
      ]
    case '/device':
      return [{ method: 'POST', params: [['user_code', pick(named.userCodes)]], cookie }]
    case '/device_authorization':
      return [
        {
          method: 'POST',
          params: [
            ['client_id', 'frame-tv'],
            ['scope', 'openid photos.read'],
          ],
        },
      ]
    default:
      return [{ method: 'GET', params: [] }]
  }
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
