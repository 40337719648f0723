import { RESPONSE_TYPES } from '../authorize/response-types.ts'
import type { EndpointHandler, ServerContext } from '../context.ts'
import { supportedGrantTypes } from '../grants/grant-table.ts'
import { jsonResponse } from '../http/responses.ts'
import { KNOWN_SCOPES } from '../registry/scopes.ts'

/**
 * The server's metadata (RFC 8414 §2, OIDC Discovery §3). The endpoint URLs come from the route
 * table (ctx.endpointUrls), the grant and response types from their tables, so what is listed is
 * exactly what is served.
 */
export function serverMetadata(ctx: ServerContext): Record<string, unknown> {
  const { profile } = ctx.options
  const responseTypes = RESPONSE_TYPES.filter((entry) => entry.profiles.includes(profile))
  return {
    issuer: ctx.issuer,
    ...ctx.endpointUrls,
    response_types_supported: responseTypes.map((entry) => entry.responseType),
    response_modes_supported: [...new Set(responseTypes.map((entry) => entry.mode))],
    grant_types_supported: supportedGrantTypes(profile),
    code_challenge_methods_supported: profile === 'oauth2.1' ? ['S256'] : ['S256', 'plain'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    revocation_endpoint_auth_methods_supported: [
      'client_secret_basic',
      'client_secret_post',
      'none',
    ],
    scopes_supported: KNOWN_SCOPES,
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256', 'RS256'],
    claims_supported: [
      'iss',
      'sub',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'nonce',
      'at_hash',
      'name',
      'given_name',
      'family_name',
      'email',
      'email_verified',
    ],
    prompt_values_supported: ['none', 'login', 'consent', 'select_account'],
    authorization_response_iss_parameter_supported: true,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    claims_parameter_supported: false,
  }
}

/** GET /.well-known/openid-configuration and /.well-known/oauth-authorization-server. */
export const discoveryEndpoint: EndpointHandler = async (_request, ctx) =>
  jsonResponse(serverMetadata(ctx), 200, { 'Cache-Control': 'no-cache' })

/** GET /jwks: the public signing keys as a JWK Set (RFC 7517 §5, OIDC Core §10.1.1). */
export const jwksEndpoint: EndpointHandler = async (_request, ctx) =>
  jsonResponse(await ctx.keys.jwks(), 200, { 'Cache-Control': 'no-cache' })
