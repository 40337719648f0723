import { encodeClientSecretBasic } from '../../../protocol/client-secret-basic.ts'
import {
  BACKUP_JOB_CLIENT,
  LEGACY_APP_CLIENT,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_CLIENT,
} from '../../../protocol/demo-world.ts'
import type { LiveState } from './live-values.ts'

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
