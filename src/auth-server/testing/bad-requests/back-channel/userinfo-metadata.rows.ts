import { PRINTSHOP_CLIENT } from '../../../../protocol/demo-world.ts'
import { expiredTokens, spaTokens, tokensWithoutOpenid } from '../setups.ts'
import { json, bearerChallenge } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** /userinfo, the metadata, the keys and unknown paths. */
export const USERINFO_METADATA_ROWS: readonly BadRequest[] = [
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
