import { encodeClientSecretBasic } from '../protocol/client-secret-basic.ts'
import { fetchIssuerMetadata, getJson, IssuerUnavailable } from './issuer-metadata.ts'
import type { AccessTokenClaims, Verification } from './verify-access-token.ts'

/** The API's own client credentials at the authorization server (RFC 7662 §2.1). */
export interface IntrospectionCredentials {
  readonly clientId: string
  readonly clientSecret: string
  /** The introspection endpoint; default: `introspection_endpoint` from the issuer's metadata (https only). */
  readonly endpoint?: string
}

export interface IntrospectOptions {
  readonly issuer: string
  readonly audience: string
  readonly fetch: (request: Request) => Promise<Response>
  readonly credentials: IntrospectionCredentials
}

/**
 * Checks an access token by asking its issuer (RFC 7662 §2): POST `token` with the API's client
 * credentials (client_secret_basic), on every request and without caching, so that a revoked
 * token is refused at once, unlike a locally checked JWT, which stays valid until `exp`. An answer
 * of `active: false` is invalid_token; so is an active token that is not an access token for
 * this API: `token_type` other than Bearer, or an `aud` that does not name the API (RFC 9700
 * §2.3). An issuer that cannot be asked, or refuses the API's credentials, is issuer_unavailable.
 */
export async function introspectAccessToken(
  token: string,
  options: IntrospectOptions,
  endpoint: string,
): Promise<Verification> {
  const { clientId, clientSecret } = options.credentials
  let body: unknown
  try {
    body = await getJson(
      options.fetch,
      new Request(endpoint, {
        method: 'POST',
        headers: {
          Authorization: encodeClientSecretBasic(clientId, clientSecret),
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
      }),
      'token introspection',
    )
  } catch (error) {
    if (error instanceof IssuerUnavailable)
      return { ok: false, reason: 'issuer_unavailable', description: error.message }
    throw error
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof (body as Record<string, unknown>).active !== 'boolean'
  )
    return unavailable(
      `The introspection answer from ${endpoint} has no active member (RFC 7662 §2.2).`,
    )
  const answer = body as Record<string, unknown>
  if (answer.active !== true)
    return invalid(
      `${options.issuer} says this token is not active: it expired, was revoked (at /revoke, or with its grant after a replayed code or a reused refresh token), or was never issued there (RFC 7662 §2.2).`,
    )
  if (typeof answer.token_type === 'string' && answer.token_type.toLowerCase() !== 'bearer')
    return invalid(
      `${options.issuer} describes this token as token_type ${answer.token_type}, not a Bearer access token (RFC 7662 §2.2).`,
    )
  const audiences =
    typeof answer.aud === 'string' ? [answer.aud] : Array.isArray(answer.aud) ? answer.aud : []
  if (!audiences.includes(options.audience))
    return invalid(
      answer.aud === undefined
        ? `${options.issuer} names no audience for this token, so it is not an access token for ${options.audience} (a refresh token is not an access token; RFC 9700 §2.3).`
        : `${options.issuer} says this token is for ${audiences.join(', ')}, not ${options.audience} (RFC 9700 §2.3).`,
    )
  if (typeof answer.sub !== 'string')
    return invalid(
      `${options.issuer} gives no sub for this token, so the API cannot tell whose photos to serve.`,
    )
  const claims = {
    ...answer,
    iss: typeof answer.iss === 'string' ? answer.iss : options.issuer,
    sub: answer.sub,
  } as AccessTokenClaims
  const scopes = typeof answer.scope === 'string' ? answer.scope.split(' ').filter(Boolean) : []
  return { ok: true, claims, scopes }
}

/** The introspection endpoint: as configured, else discovered from the issuer's metadata. */
export async function discoverIntrospectionEndpoint(options: IntrospectOptions): Promise<string> {
  if (options.credentials.endpoint !== undefined) return options.credentials.endpoint
  const { url, metadata } = await fetchIssuerMetadata(options.issuer, options.fetch)
  const endpoint = metadata.introspection_endpoint
  if (typeof endpoint !== 'string' || !endpoint.startsWith('https://'))
    throw new IssuerUnavailable(
      `The metadata at ${url} has no https introspection_endpoint, so the API cannot ask about tokens (RFC 8414 §2).`,
    )
  return endpoint
}

function invalid(description: string): Verification {
  return { ok: false, reason: 'invalid_token', description }
}

function unavailable(description: string): Verification {
  return { ok: false, reason: 'issuer_unavailable', description }
}
