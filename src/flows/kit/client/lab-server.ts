import * as oauth from 'oauth4webapi'
import {
  ATTACKER_ORIGIN,
  BACKUP_JOB_CLIENT,
  FRAME_TV_CLIENT,
  ISSUER,
  LEGACY_APP_CLIENT,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_AT_MALLORY_CLIENT_ID,
  PRINTSHOP_CLIENT,
} from '../../../protocol/demo-world'
import type { RoleId } from '../../../protocol/roles'
import type { FlowLab } from '../flow-lab'

/**
 * The lab authorization server as its clients are configured to know it: the metadata of RFC 8414
 * §2 that oauth4webapi needs, set statically (as many clients are, instead of discovery). A test
 * checks it against what the server publishes, so the two cannot drift apart.
 */
export const LAB_AUTHORIZATION_SERVER: oauth.AuthorizationServer = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: `${ISSUER}/token`,
  device_authorization_endpoint: `${ISSUER}/device_authorization`,
  introspection_endpoint: `${ISSUER}/introspect`,
  revocation_endpoint: `${ISSUER}/revoke`,
  userinfo_endpoint: `${ISSUER}/userinfo`,
  jwks_uri: `${ISSUER}/jwks`,
  // With this set, the client refuses an authorization response without iss (RFC 9207 §2.4).
  authorization_response_iss_parameter_supported: true,
  code_challenge_methods_supported: ['S256'],
}

/**
 * Mallory's authorization server as the Printshop web app knows it (the mix-up attack, RFC 9700
 * §4.4.1): a second server the client works with, from its RFC 8414 metadata (checked by a test).
 */
export const MALLORY_AUTHORIZATION_SERVER: oauth.AuthorizationServer = {
  issuer: ATTACKER_ORIGIN,
  authorization_endpoint: `${ATTACKER_ORIGIN}/authorize`,
  token_endpoint: `${ATTACKER_ORIGIN}/token`,
  code_challenge_methods_supported: ['S256'],
}

/** How each registered client of the demo world authenticates at the token endpoint (RFC 6749 §2.3). */
const CLIENT_AUTH: Readonly<Record<string, () => oauth.ClientAuth>> = {
  [PHOTO_SPA_CLIENT.clientId]: oauth.None,
  // The Printshop web app at Mallory's server: a public client there too.
  [PRINTSHOP_AT_MALLORY_CLIENT_ID]: oauth.None,
  [FRAME_TV_CLIENT.clientId]: oauth.None,
  [PRINTSHOP_CLIENT.clientId]: () => oauth.ClientSecretBasic(PRINTSHOP_CLIENT.clientSecret),
  [BACKUP_JOB_CLIENT.clientId]: () => oauth.ClientSecretBasic(BACKUP_JOB_CLIENT.clientSecret),
  [LEGACY_APP_CLIENT.clientId]: () => oauth.ClientSecretBasic(LEGACY_APP_CLIENT.clientSecret),
}

/** A demo client as oauth4webapi takes it: its metadata and its way to authenticate. */
export interface LabClient {
  client: oauth.Client
  auth: oauth.ClientAuth
}

/**
 * The client `clientId`, living on the lab's clock: oauth4webapi checks token times against the
 * system clock, and the lab clock stands still or jumps ahead, so the difference is its clock skew.
 */
export function labClient(lab: FlowLab, clientId: string): LabClient {
  const auth = CLIENT_AUTH[clientId]
  if (!auth) throw new Error(`${clientId} is not a client of the lab.`)
  const skew = Math.round((lab.clock.now() - Date.now()) / 1000)
  const client: oauth.Client = {
    client_id: clientId,
    // The lab server signs ID tokens with ES256 (its idTokenSigningAlg); OIDC's default is RS256.
    id_token_signed_response_alg: 'ES256',
    [oauth.clockSkew]: skew,
  }
  return { client, auth: auth() }
}

/** Sends oauth4webapi's requests over the lab's wire, recorded as `from`'s with `label`. */
export function overWire(lab: FlowLab, label: string, from: RoleId = 'client') {
  const send = lab.wire.fetchAs(from, 'back', label)
  return {
    [oauth.customFetch]: (url: string, init: oauth.CustomFetchOptions<string, unknown>) =>
      send(url, init as RequestInit),
  }
}
