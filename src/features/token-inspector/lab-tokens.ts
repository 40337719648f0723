import { requestClientCredentials } from '../../flows/kit/client/grants'
import { API_AUDIENCE, API_ORIGIN, BACKUP_JOB_CLIENT, ISSUER } from '../../protocol/demo-world'
import { keysFromJwks, type KeyParse } from '../../protocol/jwt/keys'
import { presentToken, type ReplayResult } from '../../protocol/jwt/replay'
import type { TokenContext } from '../../protocol/jwt/token-context'
import { reasonPhrase } from '../../wire/exchange'
import type { Lab } from '../../wire/lab'

export interface MintedToken {
  token: string
  context: TokenContext
}

/**
 * A fresh access token from the lab, by a real grant: the backup job asks the lab's token endpoint
 * for one with client_credentials (RFC 6749 §4.4.2, client_secret_basic), with the flows' client.
 */
export async function mintLabAccessToken(lab: Lab): Promise<MintedToken> {
  const scope = BACKUP_JOB_CLIENT.scope
  const tokens = await requestClientCredentials(
    lab,
    {
      clientId: BACKUP_JOB_CLIENT.clientId,
      label: 'Inspector: token request (client credentials)',
    },
    scope,
  )
  if (!tokens.ok)
    throw new Error(
      `the token endpoint answered ${tokens.status} ${tokens.error}: ${tokens.errorDescription ?? 'no description'}`,
    )
  return {
    token: tokens.accessToken,
    context: {
      kind: 'access_token',
      issuer: ISSUER,
      audience: API_AUDIENCE,
      clientId: BACKUP_JOB_CLIENT.clientId,
      requestedScope: scope,
      grantedScope: tokens.scope ?? scope,
      source: 'Client credentials grant, run by the inspector',
    },
  }
}

/** The lab authorization server's published keys, read from its jwks_uri (RFC 8414 §2). */
export async function fetchLabKeys(lab: Lab): Promise<KeyParse> {
  const jwksUri = String(lab.authorizationServer.metadata().jwks_uri ?? `${ISSUER}/jwks`)
  const response = await lab.authorizationServer.fetch(new Request(jwksUri))
  if (!response.ok)
    return {
      ok: false,
      message: `The lab authorization server answered ${response.status} at ${jwksUri}.`,
    }
  return keysFromJwks(await response.json(), 'lab')
}

export const PHOTOS_URL = `${API_ORIGIN}/photos`

/** Presents `token` to the photo API over the lab's wire, recorded as a client request. */
export async function sendToPhotoApi(
  lab: Lab,
  token: string,
  label: string,
): Promise<ReplayResult> {
  const result = await presentToken(
    (request) => lab.wire.send(request, { from: 'client', channel: 'back', label }),
    PHOTOS_URL,
    token,
  )
  return { ...result, statusText: result.statusText || reasonPhrase(result.status) }
}
