import { PRINTSHOP_CLIENT } from '../../../../protocol/demo-world.ts'
import { PRINTSHOP_BASIC, spaTokens } from '../setups.ts'
import { json, basicChallenge } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** /introspect and /revoke. */
export const INTROSPECT_REVOKE_ROWS: readonly BadRequest[] = [
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
]
