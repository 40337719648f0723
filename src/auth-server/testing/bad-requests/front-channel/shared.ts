/** What the front-channel rows share: the requests they build and where their answers go. */
import { PHOTO_SPA_CLIENT } from '../../../../protocol/demo-world.ts'
import { queryOf, type RequestSpec } from '../table.ts'

/** The PKCE pair of RFC 7636 Appendix B. */
export const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
export const SPA = PHOTO_SPA_CLIENT.redirectUri

/** A valid photo-spa authorization request. */
export const SPA_REQUEST: Record<string, string> = {
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
export function authorize(
  change: Record<string, string | undefined>,
  extraQuery = '',
): RequestSpec {
  return { path: '/authorize', query: queryOf({ ...SPA_REQUEST, ...change }) + extraQuery }
}

export const page = { kind: 'page' } as const
export const backToSpa = (state: string | null = 'xyz') =>
  ({ kind: 'redirect', to: SPA, mode: 'query', state }) as const
