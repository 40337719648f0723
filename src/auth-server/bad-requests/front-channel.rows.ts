import { LEGACY_APP_CLIENT, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import { atConsent, atConsentTwoBrowsers, atLogin } from './setups.ts'
import { buildRequest, queryOf, type BadRequest, type RequestSpec } from './table.ts'

/** The PKCE pair of RFC 7636 Appendix B. */
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
const SPA = PHOTO_SPA_CLIENT.redirectUri

/** A valid photo-spa authorization request. */
const SPA_REQUEST: Record<string, string> = {
  response_type: 'code',
  client_id: PHOTO_SPA_CLIENT.clientId,
  redirect_uri: SPA,
  scope: 'openid photos.read',
  state: 'xyz',
  nonce: 'n-0S6',
  code_challenge: CHALLENGE,
  code_challenge_method: 'S256',
}

/** GET /authorize with the valid request changed by `change` (undefined removes a parameter). */
function authorize(change: Record<string, string | undefined>, extraQuery = ''): RequestSpec {
  return { path: '/authorize', query: queryOf({ ...SPA_REQUEST, ...change }) + extraQuery }
}

const page = { kind: 'page' } as const
const backToSpa = (state: string | null = 'xyz') =>
  ({ kind: 'redirect', to: SPA, mode: 'query', state }) as const

/** /authorize, /login and /consent: the browser-facing endpoints. */
export const FRONT_CHANNEL_ROWS: readonly BadRequest[] = [
  // Client or redirect URI untrustworthy: a page, never a redirect (RFC 6749 §3.1.2.4, §4.1.2.1).
  {
    name: 'authorize: unknown client',
    spec: 'RFC 6749 §4.1.2.1',
    request: authorize({ client_id: 'evil-app' }),
    status: 400,
    error: 'invalid_client',
    description: /No client is registered with client_id evil-app/,
    destination: page,
  },
  {
    name: 'authorize: missing client_id',
    spec: 'RFC 6749 §4.1.2.1',
    request: authorize({ client_id: undefined }),
    status: 400,
    error: 'invalid_request',
    description: /no client_id/,
    destination: page,
  },
  {
    name: 'authorize: unregistered redirect_uri',
    spec: 'RFC 6749 §3.1.2.4, RFC 9700 §4.1',
    request: authorize({ redirect_uri: 'https://attacker.example/cb' }),
    status: 400,
    error: 'invalid_request',
    description: /not registered for client photo-spa/,
    destination: page,
  },
  {
    name: 'authorize: redirect_uri extending the registered one',
    spec: 'RFC 9700 §2.1 exact match',
    request: authorize({ redirect_uri: `${SPA}/evil` }),
    status: 400,
    error: 'invalid_request',
    description: /not registered/,
    destination: page,
  },
  {
    name: 'authorize: redirect_uri with a fragment',
    spec: 'RFC 6749 §3.1.2',
    request: authorize({ redirect_uri: `${SPA}#frag` }),
    status: 400,
    error: 'invalid_request',
    description: /must not contain a fragment/,
    destination: page,
  },
  {
    name: 'authorize: empty client_id counts as absent',
    spec: 'RFC 6749 §3.1',
    request: authorize({ client_id: '' }),
    status: 400,
    error: 'invalid_request',
    description: /no client_id/,
    destination: page,
  },
  {
    name: 'authorize: http instead of https redirect_uri',
    spec: 'RFC 9700 §2.6, §4.1',
    request: authorize({ redirect_uri: SPA.replace('https:', 'http:') }),
    status: 400,
    error: 'invalid_request',
    description: /not registered/,
    destination: page,
  },
  {
    name: 'authorize: client without any redirect URI (device-only frame-tv)',
    spec: 'RFC 6749 §3.1.2.2',
    request: authorize({ client_id: 'frame-tv', redirect_uri: undefined }),
    status: 400,
    error: 'invalid_request',
    destination: page,
  },
  {
    name: 'authorize: repeated client_id',
    spec: 'RFC 6749 §3.1',
    request: authorize({}, '&client_id=printshop'),
    status: 400,
    error: 'invalid_request',
    description: /client_id was sent more than once/,
    destination: page,
  },
  {
    name: 'authorize: POST that is not a form',
    spec: 'OIDC Core §3.1.2.1',
    request: {
      method: 'POST',
      path: '/authorize',
      body: { contentType: 'application/json', text: JSON.stringify(SPA_REQUEST) },
    },
    status: 400,
    error: 'invalid_request',
    description: /must be a form/,
    destination: page,
  },
  // Everything else goes back to the registered redirect URI (RFC 6749 §4.1.2.1).
  {
    name: 'authorize: missing response_type',
    spec: 'RFC 6749 §3.1.1',
    request: authorize({ response_type: undefined }),
    status: 302,
    error: 'invalid_request',
    description: /response_type is missing/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: unsupported response_type',
    spec: 'RFC 6749 §3.1.1',
    request: authorize({ response_type: 'code id_token' }),
    status: 302,
    error: 'unsupported_response_type',
    description: /response_type=code id_token/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: implicit in oauth2.1',
    spec: 'OAuth 2.1 §10.1 (removed), RFC 9700 §2.1.2 (SHOULD NOT)',
    request: authorize({ response_type: 'token' }),
    status: 302,
    error: 'unsupported_response_type',
    description:
      /implicit grant is removed in OAuth 2\.1 \(section 10\.1\), after RFC 9700 section 2\.1\.2 said it SHOULD NOT be used/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: public client without code_challenge',
    spec: 'RFC 7636 §4.4.1, RFC 9700 §2.1.1',
    request: authorize({ code_challenge: undefined, code_challenge_method: undefined }),
    status: 302,
    error: 'invalid_request',
    description: /Code challenge required/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: confidential client without code_challenge or OpenID nonce (oauth2.1)',
    spec: 'OAuth 2.1 §7.5.1.1',
    request: {
      path: '/authorize',
      query: {
        response_type: 'code',
        client_id: PRINTSHOP_CLIENT.clientId,
        redirect_uri: PRINTSHOP_CLIENT.redirectUri,
        scope: 'photos.read',
        state: 'xyz',
      },
    },
    status: 302,
    error: 'invalid_request',
    description: /Code challenge required: OAuth 2\.1 requires PKCE for confidential clients too/,
    destination: {
      kind: 'redirect',
      to: PRINTSHOP_CLIENT.redirectUri,
      mode: 'query',
      state: 'xyz',
    },
  },
  {
    name: 'authorize: plain PKCE in oauth2.1',
    spec: 'RFC 7636 §4.4.1, OAuth 2.1 §4.1.1',
    request: authorize({ code_challenge_method: 'plain' }),
    status: 302,
    error: 'invalid_request',
    description: /only code_challenge_method=S256/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: unknown code_challenge_method',
    spec: 'RFC 7636 §4.4.1',
    request: authorize({ code_challenge_method: 'S512' }),
    status: 302,
    error: 'invalid_request',
    description: /Transform algorithm not supported/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: state over 1 KB is refused and not echoed',
    spec: 'no limit in RFC 6749; this server keeps and repeats state, so it caps it',
    request: authorize({ state: 'x'.repeat(1025) }),
    status: 302,
    error: 'invalid_request',
    description: /^The parameter state is longer than 1024 bytes/,
    destination: backToSpa(null),
  },
  {
    name: 'authorize: redirect_uri over 2 KB gets a page, never a redirect',
    spec: 'RFC 6749 §4.1.2.1 (an untrustworthy redirect URI is never used)',
    request: authorize({ redirect_uri: `${SPA}?${'x'.repeat(2048)}` }),
    status: 400,
    error: 'invalid_request',
    description: /The parameter redirect_uri is longer than 2048 bytes/,
    destination: page,
  },
  {
    name: 'authorize: repeated scope',
    spec: 'RFC 6749 §3.1',
    request: authorize({}, '&scope=photos.write'),
    status: 302,
    error: 'invalid_request',
    description: /scope was sent more than once/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: unknown scope',
    spec: 'RFC 6749 §3.3',
    request: authorize({ scope: 'openid photos.delete' }),
    status: 302,
    error: 'invalid_scope',
    description: /Unknown scope photos\.delete/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: missing state with the requireState defence on',
    spec: 'RFC 6749 §10.12 (state is OPTIONAL by default, OAuth 2.1 §4.1.1)',
    server: { defences: { requireState: true } },
    request: authorize({ state: undefined }),
    status: 302,
    error: 'invalid_request',
    description: /state is missing/,
    destination: backToSpa(null),
  },
  {
    name: 'authorize: prompt=none without a session',
    spec: 'OIDC Core §3.1.2.6',
    request: authorize({ prompt: 'none' }),
    status: 302,
    error: 'login_required',
    description: /not signed in/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: prompt=none with login',
    spec: 'OIDC Core §3.1.2.1',
    request: authorize({ prompt: 'none login' }),
    status: 302,
    error: 'invalid_request',
    description: /cannot be combined/,
    destination: backToSpa(),
  },
  {
    name: 'authorize: request object',
    spec: 'OIDC Core §3.1.2.6',
    request: authorize({ request: 'eyJhbGciOiJub25lIn0.e30.' }),
    status: 302,
    error: 'request_not_supported',
    destination: backToSpa(),
  },
  {
    name: 'authorize: confidential client not registered for implicit (rfc6749)',
    spec: 'RFC 6749 §4.2.2.1',
    server: { profile: 'rfc6749' },
    request: {
      path: '/authorize',
      query: {
        response_type: 'token',
        client_id: PRINTSHOP_CLIENT.clientId,
        redirect_uri: PRINTSHOP_CLIENT.redirectUri,
        scope: 'photos.read',
        state: 's1',
      },
    },
    status: 302,
    error: 'unauthorized_client',
    description: /not registered for response_type=token/,
    destination: {
      kind: 'redirect',
      to: PRINTSHOP_CLIENT.redirectUri,
      mode: 'fragment',
      state: 's1',
    },
  },
  {
    name: 'authorize: POST form with an unknown scope answers 303',
    spec: 'RFC 9700 §4.12',
    request: { method: 'POST', path: '/authorize', form: { ...SPA_REQUEST, scope: 'everything' } },
    status: 303,
    error: 'invalid_scope',
    destination: backToSpa(),
  },
  {
    name: 'authorize: legacy-app implicit in oauth2.1',
    spec: 'OAuth 2.1 §10',
    request: {
      path: '/authorize',
      query: {
        response_type: 'token',
        client_id: LEGACY_APP_CLIENT.clientId,
        redirect_uri: LEGACY_APP_CLIENT.redirectUri,
        scope: 'photos.read',
        state: 's2',
      },
    },
    status: 302,
    error: 'unsupported_response_type',
    destination: {
      kind: 'redirect',
      to: LEGACY_APP_CLIENT.redirectUri,
      mode: 'query',
      state: 's2',
    },
  },
  {
    name: 'authorize: PUT',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'PUT', path: '/authorize' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD, POST' },
  },

  // The login form (the server's own page).
  {
    name: 'login: unknown request_id',
    spec: 'RFC 6749 §4.1.2.1 (nowhere safe to redirect)',
    request: { path: '/login', query: { request_id: 'forged' } },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: POST without request_id',
    spec: 'RFC 6749 §4.1.2.1',
    request: {
      method: 'POST',
      path: '/login',
      form: { username: 'alice', password: 'wonderland' },
    },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: wrong password',
    spec: 'RFC 6749 §10.10 (no hint which part was wrong); not 401, RFC 9110 §15.5.2',
    setup: atLogin,
    request: (v) => ({
      method: 'POST',
      path: '/login',
      form: { request_id: v.requestId!, username: 'alice', password: 'looking-glass' },
    }),
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'That username and password do not match' },
  },
  {
    name: 'login: sixth password within a minute',
    spec: 'RFC 6749 §10.10 brute force, RFC 6585 §4',
    setup: async (server) => {
      const values = await atLogin(server)
      for (let i = 0; i < 5; i++) {
        const form = { request_id: values.requestId!, username: 'alice', password: `guess-${i}` }
        await server.fetch(buildRequest(server.issuer, { method: 'POST', path: '/login', form }))
      }
      return values
    },
    request: (v) => ({
      method: 'POST',
      path: '/login',
      form: { request_id: v.requestId!, username: 'alice', password: 'wonderland' },
    }),
    status: 429,
    error: null,
    destination: { kind: 'form', text: 'Too many wrong passwords for this account' },
  },
  {
    name: 'login: expired request',
    spec: 'RFC 6749 §4.1.2.1',
    setup: async (server) => {
      const v = await atLogin(server)
      server.clock.advance(601)
      return v
    },
    request: (v) => ({ path: '/login', query: { request_id: v.requestId! } }),
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: DELETE',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'DELETE', path: '/login' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD, POST' },
  },

  // The consent form.
  {
    name: 'consent: unknown request_id',
    spec: 'RFC 6749 §4.1.2.1',
    request: {
      method: 'POST',
      path: '/consent',
      form: { request_id: 'forged', decision: 'approve' },
    },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'consent: submitted by another browser session',
    spec: 'RFC 6749 §10.12 (CSRF)',
    setup: atConsentTwoBrowsers,
    request: (v) => ({
      method: 'POST',
      path: '/consent',
      headers: { cookie: v.cookie! },
      form: { request_id: v.requestId!, decision: 'approve' },
    }),
    status: 403,
    error: 'access_denied',
    description: /different sign-in session/,
    destination: page,
  },
  {
    name: 'consent: no decision',
    spec: 'RFC 6749 §4.1.1',
    setup: atConsent,
    request: (v) => ({
      method: 'POST',
      path: '/consent',
      headers: { cookie: v.cookie! },
      form: { request_id: v.requestId!, decision: 'maybe' },
    }),
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'Choose Allow or Deny.' },
  },
]
