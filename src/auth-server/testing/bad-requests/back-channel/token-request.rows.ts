import { PRINTSHOP_CLIENT } from '../../../../protocol/demo-world.ts'
import { PRINTSHOP_BASIC } from '../setups.ts'
import { json, basicChallenge, token } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** /token: the request's shape and the client's authentication. */
export const TOKEN_REQUEST_ROWS: readonly BadRequest[] = [
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
]
