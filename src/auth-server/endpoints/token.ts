import type { EndpointHandler } from '../context.ts'
import { findGrant, unavailableReason } from '../grants/grant-table.ts'
import { isFormEncoded, parameterProblem, readForm } from '../http/params.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import { authenticateClient } from '../token/client-auth.ts'

/**
 * The token endpoint (RFC 6749 §3.2): POST, form-encoded. Checks the request shape, finds the
 * grant in the grant table, authenticates the client (§2.3), checks the client is registered for
 * the grant, and lets the grant answer.
 */
export const tokenEndpoint: EndpointHandler = async (request, ctx) => {
  if (!isFormEncoded(request)) {
    return oauthErrorResponse(
      'invalid_request',
      'Send the token request as a form: Content-Type application/x-www-form-urlencoded (RFC 6749 §3.2).',
    )
  }
  const params = await readForm(request)
  const problem = parameterProblem(params)
  if (problem) return oauthErrorResponse('invalid_request', problem)
  const grantType = params.get('grant_type')
  if (grantType === undefined)
    return oauthErrorResponse(
      'invalid_request',
      'grant_type is missing, for example grant_type=authorization_code (RFC 6749 §4.1.3).',
    )
  const grant = findGrant(grantType, ctx.options.profile)
  if (!grant) {
    const why = unavailableReason(grantType, ctx.options.profile)
    return oauthErrorResponse(
      'unsupported_grant_type',
      `This server (profile ${ctx.options.profile}) does not support grant_type=${grantType}.${why ? ` ${why}` : ''} The supported ones are listed in grant_types_supported of /.well-known/openid-configuration.`,
    )
  }
  const auth = authenticateClient(ctx, request, params)
  if (!auth.ok) return auth.response
  const { client } = auth
  if (grant.confidentialOnly && client.type !== 'confidential') {
    return oauthErrorResponse(
      'unauthorized_client',
      `grant_type=${grantType} is for confidential clients only, and ${client.clientId} is a public client.`,
    )
  }
  if (!client.grantTypes.includes(grant.grantType)) {
    return oauthErrorResponse(
      'unauthorized_client',
      `Client ${client.clientId} is not registered for grant_type=${grantType}. It may use: ${client.grantTypes.join(', ')}.`,
    )
  }
  return grant.handle({ ctx, request, params, client, authMethod: auth.method })
}
