/** What the back-channel rows share: the requests they build and where their answers go. */
import { PHOTO_SPA_CLIENT } from '../../../../protocol/demo-world.ts'
import { type Destination, type RequestSpec, type SetupValues } from '../table.ts'

export const SPA = PHOTO_SPA_CLIENT.redirectUri
export const json: Destination = { kind: 'json' }
/** invalid_client after client_secret_basic: 401 with a Basic challenge (RFC 6749 §5.2). */
export const basicChallenge: Destination = {
  kind: 'json',
  challenge: /^Basic realm="auth\.photos\.example"/,
}
export const bearerChallenge = (error: string): Destination => ({
  kind: 'json',
  challenge: new RegExp(`^Bearer realm="auth\\.photos\\.example", error="${error}"`),
})

export const token = (
  form: string | Record<string, string>,
  extra: Omit<RequestSpec, 'path' | 'form' | 'method'> = {},
): RequestSpec => ({ method: 'POST', path: '/token', form, ...extra })
/** Redeems the setup's code as photo-spa, with `change` applied. */
export const redeemSpa =
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
