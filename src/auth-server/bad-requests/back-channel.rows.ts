import { PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import {
  expiredSpaCode,
  expiredTokens,
  PRINTSHOP_BASIC,
  printshopCodeWithoutPkce,
  replayedGrant,
  rotatedRefreshToken,
  spaCode,
  spaTokens,
  tokensWithoutOpenid,
  usedSpaCode,
} from './setups.ts'
import type { BadRequest, Destination, RequestSpec, SetupValues } from './table.ts'

const SPA = PHOTO_SPA_CLIENT.redirectUri
const json: Destination = { kind: 'json' }
/** invalid_client after client_secret_basic: 401 with a Basic challenge (RFC 6749 §5.2). */
const basicChallenge: Destination = {
  kind: 'json',
  challenge: /^Basic realm="auth\.photos\.example"/,
}
const bearerChallenge = (error: string): Destination => ({
  kind: 'json',
  challenge: new RegExp(`^Bearer realm="auth\\.photos\\.example", error="${error}"`),
})

const token = (
  form: string | Record<string, string>,
  extra: Omit<RequestSpec, 'path' | 'form' | 'method'> = {},
): RequestSpec => ({ method: 'POST', path: '/token', form, ...extra })
/** Redeems the setup's code as photo-spa, with `change` applied. */
const redeemSpa =
  (change: Record<string, string> = {}) =>
  (v: SetupValues) =>
    token({
      grant_type: 'authorization_code',
      code: v.code!,
      redirect_uri: SPA,
      code_verifier: v.verifier!,
      client_id: PHOTO_SPA_CLIENT.clientId,
      ...change,
    })

/** /token for each grant, then /introspect, /revoke and /userinfo. */
export const BACK_CHANNEL_ROWS: readonly BadRequest[] = [
  // Request shape (RFC 6749 §3.2).
  {
    name: 'token: GET',
    spec: 'RFC 6749 §3.2 (POST only)',
    request: { path: '/token', query: { grant_type: 'client_credentials' } },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'POST' },
  },
  {
    name: 'token: JSON body',
    spec: 'RFC 6749 §3.2',
    request: {
      method: 'POST',
      path: '/token',
      body: { contentType: 'application/json', text: '{"grant_type":"authorization_code"}' },
    },
    status: 400,
    error: 'invalid_request',
    description: /x-www-form-urlencoded/,
    destination: json,
  },
  {
    name: 'token: missing grant_type',
    spec: 'RFC 6749 §4.1.3',
    request: token({ code: 'x', client_id: 'photo-spa' }),
    status: 400,
    error: 'invalid_request',
    description: /grant_type is missing/,
    destination: json,
  },
  {
    name: 'token: unknown grant_type',
    spec: 'RFC 6749 §5.2',
    request: token({ grant_type: 'magic', client_id: 'photo-spa' }),
    status: 400,
    error: 'unsupported_grant_type',
    description: /grant_type=magic/,
    destination: json,
  },
  {
    name: 'token: password grant in oauth2.1',
    spec: 'OAuth 2.1 §10, RFC 9700 §2.4',
    request: token(
      { grant_type: 'password', username: 'alice', password: 'wonderland' },
      { basic: ['legacy-app', 'legacy-app-secret'] },
    ),
    status: 400,
    error: 'unsupported_grant_type',
    destination: json,
  },
  {
    name: 'token: repeated parameter',
    spec: 'RFC 6749 §3.2',
    request: token('grant_type=authorization_code&code=a&code=b&client_id=photo-spa'),
    status: 400,
    error: 'invalid_request',
    description: /code was sent more than once/,
    destination: json,
  },

  // Client authentication (RFC 6749 §2.3, §5.2).
  {
    name: 'token: wrong secret with Basic',
    spec: 'RFC 6749 §5.2 (401 + WWW-Authenticate MUST)',
    request: token(
      { grant_type: 'authorization_code', code: 'x' },
      { basic: [PRINTSHOP_CLIENT.clientId, 'wrong'] },
    ),
    status: 401,
    error: 'invalid_client',
    description: /secret for printshop is wrong/,
    destination: basicChallenge,
  },
  {
    name: 'token: wrong secret with client_secret_post',
    spec: 'RFC 6749 §5.2 (401 MAY)',
    request: token({
      grant_type: 'authorization_code',
      code: 'x',
      client_id: 'printshop',
      client_secret: 'wrong',
    }),
    status: 401,
    error: 'invalid_client',
    description: /is wrong/,
    destination: basicChallenge,
  },
  {
    name: 'token: unknown client with Basic',
    spec: 'RFC 6749 §5.2',
    request: token({ grant_type: 'authorization_code', code: 'x' }, { basic: ['nobody', 'x'] }),
    status: 401,
    error: 'invalid_client',
    description: /client_id nobody/,
    destination: basicChallenge,
  },
  {
    name: 'token: Basic and client_secret at once',
    spec: 'RFC 6749 §2.3 (one method per request)',
    request: token(
      { grant_type: 'authorization_code', code: 'x', client_secret: PRINTSHOP_CLIENT.clientSecret },
      { basic: PRINTSHOP_BASIC },
    ),
    status: 400,
    error: 'invalid_request',
    description: /exactly one method/,
    destination: json,
  },
  {
    name: 'token: confidential client without credentials',
    spec: 'RFC 6749 §3.2.1',
    request: token({ grant_type: 'authorization_code', code: 'x', client_id: 'printshop' }),
    status: 401,
    error: 'invalid_client',
    description: /must authenticate/,
    destination: basicChallenge,
  },
  {
    name: 'token: malformed Basic header',
    spec: 'RFC 6749 §2.3.1',
    request: token(
      { grant_type: 'authorization_code', code: 'x' },
      { headers: { authorization: 'Basic !!!' } },
    ),
    status: 401,
    error: 'invalid_client',
    description: /malformed/,
    destination: basicChallenge,
  },
  {
    name: 'token: Bearer instead of Basic',
    spec: 'RFC 6749 §2.3.1',
    request: token(
      { grant_type: 'authorization_code', code: 'x' },
      { headers: { authorization: 'Bearer abc' } },
    ),
    status: 401,
    error: 'invalid_client',
    description: /Basic scheme/,
    destination: basicChallenge,
  },

  // grant_type=authorization_code (RFC 6749 §4.1.3, RFC 7636 §4.5-4.6).
  {
    name: 'code: a code over 8 KB',
    spec: 'no limit in RFC 6749; values are capped so none is kept or repeated in full',
    request: token({
      grant_type: 'authorization_code',
      code: 'c'.repeat(8193),
      client_id: 'photo-spa',
    }),
    status: 400,
    error: 'invalid_request',
    description: /^The parameter code is longer than 8192 bytes/,
    destination: json,
  },
  {
    name: 'code: missing code',
    spec: 'RFC 6749 §4.1.3',
    request: token({ grant_type: 'authorization_code', client_id: 'photo-spa' }),
    status: 400,
    error: 'invalid_request',
    description: /code is missing/,
    destination: json,
  },
  {
    name: 'code: unknown code',
    spec: 'RFC 6749 §5.2',
    request: token({
      grant_type: 'authorization_code',
      code: 'forged',
      client_id: 'photo-spa',
      code_verifier: 'a'.repeat(43),
    }),
    status: 400,
    error: 'invalid_grant',
    description: /unknown/,
    destination: json,
  },
  {
    name: 'code: wrong code_verifier',
    spec: 'RFC 7636 §4.6',
    setup: spaCode,
    request: redeemSpa({ code_verifier: 'x'.repeat(43) }),
    status: 400,
    error: 'invalid_grant',
    description: /does not match the code_challenge/,
    destination: json,
  },
  {
    name: 'code: missing code_verifier after a challenge',
    spec: 'RFC 7636 §4.5',
    setup: spaCode,
    request: (v) =>
      token({
        grant_type: 'authorization_code',
        code: v.code!,
        redirect_uri: SPA,
        client_id: 'photo-spa',
      }),
    status: 400,
    error: 'invalid_request',
    description: /code_verifier is missing/,
    destination: json,
  },
  {
    name: 'code: code_verifier without a challenge',
    spec: 'RFC 9700 §4.8, OAuth 2.1 §4.1.3',
    setup: printshopCodeWithoutPkce,
    request: (v) =>
      token(
        {
          grant_type: 'authorization_code',
          code: v.code!,
          redirect_uri: PRINTSHOP_CLIENT.redirectUri,
          code_verifier: v.verifier!,
        },
        { basic: PRINTSHOP_BASIC },
      ),
    status: 400,
    error: 'invalid_request',
    description: /PKCE downgrade/,
    destination: json,
  },
  {
    name: 'code: reused code',
    spec: 'RFC 6749 §4.1.2, §10.5',
    setup: usedSpaCode,
    request: redeemSpa(),
    status: 400,
    error: 'invalid_grant',
    description: /already used/,
    destination: json,
  },
  {
    name: 'code: expired code',
    spec: 'RFC 6749 §4.1.2 (short-lived)',
    setup: expiredSpaCode,
    request: redeemSpa(),
    status: 400,
    error: 'invalid_grant',
    description: /expired/,
    destination: json,
  },
  {
    name: 'code: redirect_uri mismatch',
    spec: 'RFC 6749 §4.1.3',
    setup: spaCode,
    request: redeemSpa({ redirect_uri: 'https://spa.printshop.example/other' }),
    status: 400,
    error: 'invalid_grant',
    description: /differs from the one the code was issued for/,
    destination: json,
  },
  {
    name: 'code: redeemed by another client',
    spec: 'RFC 6749 §4.1.3',
    setup: spaCode,
    request: (v) =>
      token(
        {
          grant_type: 'authorization_code',
          code: v.code!,
          redirect_uri: SPA,
          code_verifier: v.verifier!,
        },
        { basic: PRINTSHOP_BASIC },
      ),
    status: 400,
    error: 'invalid_grant',
    description: /issued to another client/,
    destination: json,
  },
  {
    name: 'code: redirect_uri omitted in rfc6749',
    spec: 'RFC 6749 §4.1.3',
    server: { profile: 'rfc6749' },
    setup: spaCode,
    request: (v) =>
      token({
        grant_type: 'authorization_code',
        code: v.code!,
        code_verifier: v.verifier!,
        client_id: 'photo-spa',
      }),
    status: 400,
    error: 'invalid_request',
    description: /redirect_uri is required/,
    destination: json,
  },

  // grant_type=refresh_token (RFC 6749 §6, RFC 9700 §4.14.2).
  {
    name: 'refresh: missing refresh_token',
    spec: 'RFC 6749 §6',
    request: token({ grant_type: 'refresh_token', client_id: 'photo-spa' }),
    status: 400,
    error: 'invalid_request',
    description: /refresh_token is missing/,
    destination: json,
  },
  {
    name: 'refresh: unknown refresh token',
    spec: 'RFC 6749 §5.2',
    request: token({
      grant_type: 'refresh_token',
      refresh_token: 'forged',
      client_id: 'photo-spa',
    }),
    status: 400,
    error: 'invalid_grant',
    description: /unknown/,
    destination: json,
  },
  {
    name: 'refresh: wider scope',
    spec: 'RFC 6749 §6',
    setup: spaTokens,
    request: (v) =>
      token({
        grant_type: 'refresh_token',
        refresh_token: v.refresh_token!,
        client_id: 'photo-spa',
        scope: 'openid photos.write',
      }),
    status: 400,
    error: 'invalid_scope',
    description: /photos\.write was not in the original grant/,
    destination: json,
  },
  {
    name: 'refresh: rotated token replayed',
    spec: 'RFC 9700 §4.14.2',
    setup: rotatedRefreshToken,
    request: (v) =>
      token({
        grant_type: 'refresh_token',
        refresh_token: v.refresh_token!,
        client_id: 'photo-spa',
      }),
    status: 400,
    error: 'invalid_grant',
    description: /already used/,
    destination: json,
  },
  {
    name: "refresh: another client's token",
    spec: 'RFC 6749 §6',
    setup: spaTokens,
    request: (v) =>
      token(
        { grant_type: 'refresh_token', refresh_token: v.refresh_token! },
        { basic: PRINTSHOP_BASIC },
      ),
    status: 400,
    error: 'invalid_grant',
    description: /issued to another client/,
    destination: json,
  },

  {
    name: 'refresh: expired refresh token',
    spec: 'RFC 6749 §5.2',
    setup: async (server) => {
      const v = await spaTokens(server)
      server.clock.advance(14 * 24 * 3600 + 1)
      return v
    },
    request: (v) =>
      token({
        grant_type: 'refresh_token',
        refresh_token: v.refresh_token!,
        client_id: 'photo-spa',
      }),
    status: 400,
    error: 'invalid_grant',
    description: /expired/,
    destination: json,
  },
  {
    name: 'refresh: token of a grant revoked by a code replay',
    spec: 'RFC 6749 §4.1.2, §10.5',
    setup: replayedGrant,
    request: (v) =>
      token({
        grant_type: 'refresh_token',
        refresh_token: v.refresh_token!,
        client_id: 'photo-spa',
      }),
    status: 400,
    error: 'invalid_grant',
    description: /revoked \(authorization code replayed\)/,
    destination: json,
  },
  {
    name: 'token: empty parameter counts as absent',
    spec: 'RFC 6749 §3.1',
    request: token('grant_type=&client_id=photo-spa'),
    status: 400,
    error: 'invalid_request',
    description: /grant_type is missing/,
    destination: json,
  },

  // Introspection (RFC 7662 §2.1, §2.3).
  {
    name: 'introspect: no client authentication',
    spec: 'RFC 7662 §2.1',
    request: { method: 'POST', path: '/introspect', form: { token: 'x' } },
    status: 401,
    error: 'invalid_client',
    destination: basicChallenge,
  },
  {
    name: 'introspect: wrong secret',
    spec: 'RFC 7662 §2.3',
    request: {
      method: 'POST',
      path: '/introspect',
      form: { token: 'x' },
      basic: [PRINTSHOP_CLIENT.clientId, 'wrong'],
    },
    status: 401,
    error: 'invalid_client',
    destination: basicChallenge,
  },
  {
    name: 'introspect: public client',
    spec: 'RFC 7662 §2.1',
    request: { method: 'POST', path: '/introspect', form: { token: 'x', client_id: 'photo-spa' } },
    status: 401,
    error: 'invalid_client',
    description: /public client/,
    destination: basicChallenge,
  },
  {
    name: 'introspect: missing token',
    spec: 'RFC 7662 §2.1',
    request: { method: 'POST', path: '/introspect', form: {}, basic: PRINTSHOP_BASIC },
    status: 400,
    error: 'invalid_request',
    description: /token is missing/,
    destination: json,
  },
  {
    name: 'introspect: GET',
    spec: 'RFC 7662 §2.1 (POST)',
    request: { path: '/introspect', query: { token: 'x' } },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'POST' },
  },

  // Revocation (RFC 7009 §2.1, §2.2.1).
  {
    name: 'revoke: unknown token_type_hint does not excuse bad credentials',
    spec: 'RFC 7009 §2.1 (the hint is ignored, the client is still authenticated)',
    request: {
      method: 'POST',
      path: '/revoke',
      form: { token: 'x', token_type_hint: 'id_token' },
      basic: [PRINTSHOP_CLIENT.clientId, 'wrong'],
    },
    status: 401,
    error: 'invalid_client',
    destination: { kind: 'json', challenge: /^Basic / },
  },
  {
    name: 'revoke: missing token',
    spec: 'RFC 7009 §2.1',
    request: { method: 'POST', path: '/revoke', form: { client_id: 'photo-spa' } },
    status: 400,
    error: 'invalid_request',
    description: /token is missing/,
    destination: json,
  },
  {
    name: 'revoke: wrong secret',
    spec: 'RFC 7009 §2.1',
    request: {
      method: 'POST',
      path: '/revoke',
      form: { token: 'x' },
      basic: [PRINTSHOP_CLIENT.clientId, 'nope'],
    },
    status: 401,
    error: 'invalid_client',
    destination: basicChallenge,
  },
  {
    name: "revoke: another client's token",
    spec: 'RFC 7009 §2.1 (token must belong to the caller), RFC 6749 §5.2 invalid_grant',
    setup: spaTokens,
    request: (v) => ({
      method: 'POST',
      path: '/revoke',
      form: { token: v.refresh_token! },
      basic: PRINTSHOP_BASIC,
    }),
    status: 400,
    error: 'invalid_grant',
    description: /issued to another client/,
    destination: json,
  },
  {
    name: 'revoke: repeated token',
    spec: 'RFC 6749 §3.2',
    request: { method: 'POST', path: '/revoke', form: 'token=a&token=b&client_id=photo-spa' },
    status: 400,
    error: 'invalid_request',
    description: /token was sent more than once/,
    destination: json,
  },
  {
    name: 'revoke: GET',
    spec: 'RFC 7009 §2.1 (POST)',
    request: { path: '/revoke' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'POST' },
  },

  // UserInfo (OIDC Core §5.3, RFC 6750 §3.1).
  {
    name: 'userinfo: no access token',
    spec: 'RFC 6750 §3.1 (no error code or other error information)',
    request: { path: '/userinfo' },
    status: 401,
    error: null,
    destination: { kind: 'challenge', challenge: /^Bearer realm="auth\.photos\.example"$/ },
  },
  {
    name: 'userinfo: Basic credentials instead of a bearer token',
    spec: 'RFC 6750 §3.1 (another scheme is no authentication information for Bearer)',
    request: {
      path: '/userinfo',
      basic: [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret],
    },
    status: 401,
    error: null,
    destination: { kind: 'challenge', challenge: /^Bearer realm="auth\.photos\.example"$/ },
  },
  {
    name: 'userinfo: a token this server never issued',
    spec: 'RFC 6750 §3.1',
    request: { path: '/userinfo', headers: { authorization: 'Bearer forged.token.value' } },
    status: 401,
    error: 'invalid_token',
    destination: bearerChallenge('invalid_token'),
  },
  {
    name: 'userinfo: access token without openid',
    spec: 'OIDC Core §5.3, RFC 6750 §3.1',
    setup: tokensWithoutOpenid,
    request: (v) => ({
      path: '/userinfo',
      headers: { authorization: `Bearer ${v.access_token!}` },
    }),
    status: 403,
    error: 'insufficient_scope',
    destination: bearerChallenge('insufficient_scope'),
  },
  {
    name: 'userinfo: expired access token',
    spec: 'RFC 6750 §3.1',
    setup: expiredTokens,
    request: (v) => ({
      path: '/userinfo',
      headers: { authorization: `Bearer ${v.access_token!}` },
    }),
    status: 401,
    error: 'invalid_token',
    description: /expired/,
    destination: bearerChallenge('invalid_token'),
  },
  {
    name: 'userinfo: token in header and body',
    spec: 'RFC 6750 §2 (one method)',
    setup: spaTokens,
    request: (v) => ({
      method: 'POST',
      path: '/userinfo',
      headers: { authorization: `Bearer ${v.access_token!}` },
      form: { access_token: v.access_token! },
    }),
    status: 400,
    error: 'invalid_request',
    destination: bearerChallenge('invalid_request'),
  },
  {
    name: 'userinfo: PUT',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'PUT', path: '/userinfo' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD, POST' },
  },

  // Metadata, keys, unknown paths.
  {
    name: 'jwks: POST',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'POST', path: '/jwks', form: {} },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD' },
  },
  {
    name: 'discovery: POST',
    spec: 'OIDC Discovery §4 (GET)',
    request: { method: 'POST', path: '/.well-known/openid-configuration' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD' },
  },
  {
    name: 'RFC 8414 metadata: DELETE',
    spec: 'RFC 8414 §3 (GET)',
    request: { method: 'DELETE', path: '/.well-known/oauth-authorization-server' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD' },
  },
  {
    name: 'unknown path',
    spec: 'RFC 9110 §15.5.5',
    request: { path: '/admin' },
    status: 404,
    error: 'not_found',
    destination: json,
  },
  {
    name: 'path below an endpoint',
    spec: 'RFC 9110 §15.5.5',
    request: { method: 'POST', path: '/token/extra', form: { grant_type: 'client_credentials' } },
    status: 404,
    error: 'not_found',
    destination: json,
  },
]
