import { PRINTSHOP_BASIC, replayedGrant, rotatedRefreshToken, spaTokens } from '../setups.ts'
import { json, token } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** /token with grant_type=refresh_token. */
export const REFRESH_GRANT_ROWS: readonly BadRequest[] = [
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
]
