import fc from 'fast-check'
import { encodeClientSecretBasic } from '../../../protocol/client-secret-basic.ts'
import { DEMO_CLIENTS } from '../../registry/demo-world-data.ts'

/**
 * fast-check arbitraries for HTTP requests to one endpoint: random methods, headers, content
 * types, query strings and bodies, mixing parameters with real values (registered clients and
 * redirect URIs, live codes and tokens) so that deep branches run, junk (unicode, huge, empty), and
 * repeated parameters.
 */

export interface FuzzRequest {
  method: string
  /** Extra characters after the endpoint path (usually none). */
  pathSuffix: string
  query: [string, string][]
  body:
    { kind: 'none' } | { kind: 'form'; pairs: [string, string][] } | { kind: 'raw'; text: string }
  contentType: string | undefined
  authorization: string | undefined
  cookie: string | undefined
  extraHeaders: [string, string][]
}

/** Live values from the server under test, so that a fuzzed request can reach past the first check. */
export interface LiveValues {
  /** Codes, verifiers, tokens, request ids, device and user codes the server issued. */
  strings: string[]
  accessTokens: string[]
  /** Cookie headers of signed-in browsers. */
  cookies: string[]
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const
const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=UTF-8',
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded-not',
  ';;;',
  '',
]
const PARAM_NAMES = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'prompt',
  'max_age',
  'request',
  'request_uri',
  'response_mode',
  'grant_type',
  'code',
  'code_verifier',
  'refresh_token',
  'client_secret',
  'username',
  'password',
  'device_code',
  'user_code',
  'token',
  'token_type_hint',
  'access_token',
  'request_id',
  'decision',
  'login_hint',
  'id_token_hint',
  'resource',
]
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'

/** Junk values: short, unicode, lone surrogates, control characters, huge. */
export const junk = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '%',
      '%%',
      '%00',
      '\u0000',
      '\r\n',
      '"',
      '\\',
      '<script>',
      '../..',
      'ü',
      '🙂',
      '\uD800',
    ),
  },
  { weight: 1, arbitrary: fc.nat({ max: 50_000 }).map((length) => 'A'.repeat(length)) },
)

/** Keeps what a Headers value may hold (Latin-1, no NUL, CR or LF). */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\xFF]/g, '')

function meaningful(live: LiveValues): fc.Arbitrary<string> {
  const clients = DEMO_CLIENTS.map((client) => client.clientId)
  const redirects = DEMO_CLIENTS.flatMap((client) => client.redirectUris)
  const secrets = DEMO_CLIENTS.flatMap((client) =>
    client.clientSecret ? [client.clientSecret] : [],
  )
  const known = [
    ...clients,
    ...redirects,
    ...secrets,
    'https://attacker.example/cb',
    `${redirects[0] ?? 'https://x.example'}/evil`,
    'code',
    'token',
    'id_token',
    'code id_token',
    'openid',
    'openid profile email photos.read',
    'photos.read',
    'photos.write',
    'S256',
    'plain',
    CHALLENGE,
    VERIFIER,
    'none',
    'login',
    'consent',
    'approve',
    'deny',
    'alice',
    'wonderland',
    'bob',
    'builder',
    'authorization_code',
    'refresh_token',
    'client_credentials',
    'password',
    'urn:ietf:params:oauth:grant-type:device_code',
    'access_token',
    '0',
    '-1',
    '99999999999',
  ]
  return fc.constantFrom(...known, ...live.strings)
}

/** A list of name=value pairs, names mostly OAuth parameters, so repeats happen often. */
export function pairs(live: LiveValues): fc.Arbitrary<[string, string][]> {
  const value = fc.oneof({ weight: 3, arbitrary: meaningful(live) }, { weight: 2, arbitrary: junk })
  const name = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...PARAM_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  )
  const pair = fc.tuple(name, value)
  return fc.array(pair, { maxLength: 12 })
}

function authorization(live: LiveValues): fc.Arbitrary<string | undefined> {
  const basic = fc
    .tuple(
      fc.constantFrom(...DEMO_CLIENTS.map((client) => client.clientId), 'nobody'),
      fc.oneof(
        fc.constantFrom(
          ...DEMO_CLIENTS.flatMap((client) => (client.clientSecret ? [client.clientSecret] : [])),
        ),
        junk,
      ),
    )
    .map(([id, secret]) => encodeClientSecretBasic(id, secret))
  const bearer = fc
    .oneof(fc.constantFrom(...live.accessTokens, 'x'), junk)
    .map((token) => `Bearer ${headerSafe(token)}`)
  return fc.option(
    fc.oneof(
      basic,
      bearer,
      junk.map(headerSafe),
      fc.constantFrom('Basic', 'Basic !!!', 'Bearer', 'DPoP abc'),
    ),
    { nil: undefined },
  )
}

/** A random request for one endpoint. */
export function fuzzRequest(live: LiveValues): fc.Arbitrary<FuzzRequest> {
  const body = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    pairs(live).map((form) => ({ kind: 'form' as const, pairs: form })),
    junk.map((text) => ({ kind: 'raw' as const, text })),
  )
  const headerName = fc.constantFrom(
    'accept',
    'origin',
    'dpop',
    'x-forwarded-for',
    'referer',
    'content-length-ish',
  )
  return fc.record({
    method: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('GET', 'POST') },
      { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
    ),
    pathSuffix: fc.oneof(
      { weight: 12, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom('/', '/x', '//', '/%2e%2e', '.json') },
    ),
    query: pairs(live),
    body,
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
    authorization: authorization(live),
    cookie: fc.option(
      fc.oneof(
        fc.constantFrom(...live.cookies, 'as_session=forged'),
        junk.map((text) => `as_session=${headerSafe(text)}`),
      ),
      { nil: undefined },
    ),
    extraHeaders: fc.array(
      fc.tuple(
        headerName,
        junk.map((text) => headerSafe(text).slice(0, 200)),
      ),
      { maxLength: 2 },
    ),
  })
}

function encodePairs(list: [string, string][]): string {
  const search = new URLSearchParams()
  for (const [name, value] of list) search.append(name, value)
  return search.toString()
}

/** Turns a fuzzed request into a Fetch Request to `issuer + path`. */
export function toRequest(issuer: string, path: string, fuzz: FuzzRequest): Request {
  const headers = new Headers()
  for (const [name, value] of fuzz.extraHeaders) headers.append(name, value)
  if (fuzz.contentType !== undefined) headers.set('content-type', fuzz.contentType)
  if (fuzz.authorization !== undefined) headers.set('authorization', fuzz.authorization)
  if (fuzz.cookie !== undefined) headers.set('cookie', fuzz.cookie)
  const query = encodePairs(fuzz.query)
  const url = `${issuer}${path}${fuzz.pathSuffix}${query ? `?${query}` : ''}`
  const canHaveBody = fuzz.method !== 'GET' && fuzz.method !== 'HEAD'
  const body =
    !canHaveBody || fuzz.body.kind === 'none'
      ? undefined
      : fuzz.body.kind === 'form'
        ? encodePairs(fuzz.body.pairs)
        : fuzz.body.text
  return new Request(url, { method: fuzz.method, headers, body })
}

/** The parameters the endpoint reads: the form body for a POST, else the query. */
export function readParams(fuzz: FuzzRequest): URLSearchParams {
  if (fuzz.method === 'POST' && fuzz.body.kind === 'form')
    return new URLSearchParams(encodePairs(fuzz.body.pairs))
  if (fuzz.method === 'POST' && fuzz.body.kind === 'raw') return new URLSearchParams(fuzz.body.text)
  if (fuzz.method === 'POST') return new URLSearchParams()
  return new URLSearchParams(encodePairs(fuzz.query))
}
