import { PRINTSHOP_CLIENT } from '../../../../protocol/demo-world.ts'
import {
  expiredSpaCode,
  PRINTSHOP_BASIC,
  printshopCodeWithoutPkce,
  spaCode,
  usedSpaCode,
} from '../setups.ts'
import { SPA, json, token, redeemSpa } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** /token with grant_type=authorization_code. */
export const CODE_GRANT_ROWS: readonly BadRequest[] = [
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
]
