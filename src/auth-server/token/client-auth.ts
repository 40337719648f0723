import { decodeClientSecretBasic } from '../../protocol/client-secret-basic.ts'
import { constantTimeEqual } from '../../protocol/pkce.ts'
import type { ServerContext } from '../context.ts'
import type { RequestParams } from '../http/params.ts'
import { oauthErrorResponse } from '../http/responses.ts'
import type { ClientRegistration, TokenEndpointAuthMethod } from '../registry/types.ts'

export type ClientAuthResult =
  | { ok: true; client: ClientRegistration; method: TokenEndpointAuthMethod }
  | { ok: false; response: Response }

/**
 * invalid_client, 401 with a Basic challenge (RFC 6749 §5.2: the challenge is a MUST when the
 * client used the Authorization header; we send it always, as RFC 9110 §11.6.1 asks of every 401).
 */
export function invalidClient(
  ctx: ServerContext,
  description: string,
): { ok: false; response: Response } {
  const challenge = `Basic realm="${new URL(ctx.issuer).host}", charset="UTF-8"`
  return {
    ok: false,
    response: oauthErrorResponse('invalid_client', description, 401, {
      'WWW-Authenticate': challenge,
    }),
  }
}

const invalidRequest = (description: string): ClientAuthResult => ({
  ok: false,
  response: oauthErrorResponse('invalid_request', description),
})

function checkSecret(
  ctx: ServerContext,
  client: ClientRegistration | undefined,
  clientId: string,
  secret: string,
  method: TokenEndpointAuthMethod,
): ClientAuthResult {
  if (!client) return invalidClient(ctx, `No client is registered with client_id ${clientId}.`)
  if (client.clientSecret === undefined)
    return invalidClient(
      ctx,
      `${clientId} is a public client and has no secret; send only client_id.`,
    )
  if (!client.tokenEndpointAuthMethods.includes(method)) {
    return invalidClient(
      ctx,
      `${clientId} is not registered for ${method}; use ${client.tokenEndpointAuthMethods.join(' or ')}.`,
    )
  }
  if (!constantTimeEqual(secret, client.clientSecret))
    return invalidClient(ctx, `The client secret for ${clientId} is wrong.`)
  return { ok: true, client, method }
}

/**
 * Authenticates the client at the token, introspection and revocation endpoints: exactly one of
 * client_secret_basic (RFC 6749 §2.3.1, the Authorization header), client_secret_post (client_id
 * and client_secret in the body), or none (a public client sends its client_id, §3.2.1).
 */
export function authenticateClient(
  ctx: ServerContext,
  request: Request,
  params: RequestParams,
): ClientAuthResult {
  for (const name of ['client_id', 'client_secret']) {
    if (params.isRepeated(name))
      return invalidRequest(`The parameter ${name} was sent more than once.`)
  }
  const header = request.headers.get('authorization')
  const bodyId = params.get('client_id')
  const bodySecret = params.get('client_secret')
  if (header !== null) {
    if (!/^basic /i.test(header))
      return invalidClient(
        ctx,
        'The token endpoint takes client credentials with the Basic scheme: Authorization: Basic base64(client_id:client_secret).',
      )
    const credentials = decodeClientSecretBasic(header)
    if (!credentials)
      return invalidClient(
        ctx,
        'The Basic credentials are malformed: base64-encode client_id:client_secret, each form-urlencoded first (RFC 6749 §2.3.1).',
      )
    if (bodySecret !== undefined)
      return invalidRequest(
        'The client authenticated twice (Basic header and client_secret in the body); use exactly one method (RFC 6749 §2.3).',
      )
    if (bodyId !== undefined && bodyId !== credentials.clientId)
      return invalidRequest(
        'client_id in the body differs from the client in the Basic credentials.',
      )
    return checkSecret(
      ctx,
      ctx.registry.getClient(credentials.clientId),
      credentials.clientId,
      credentials.clientSecret,
      'client_secret_basic',
    )
  }
  if (bodySecret !== undefined) {
    if (bodyId === undefined) return invalidClient(ctx, 'client_secret was sent without client_id.')
    return checkSecret(
      ctx,
      ctx.registry.getClient(bodyId),
      bodyId,
      bodySecret,
      'client_secret_post',
    )
  }
  if (bodyId === undefined) {
    return invalidClient(
      ctx,
      'The client did not identify itself: send Authorization: Basic for a confidential client, or client_id for a public client.',
    )
  }
  const client = ctx.registry.getClient(bodyId)
  if (!client) return invalidClient(ctx, `No client is registered with client_id ${bodyId}.`)
  if (client.type === 'confidential') {
    return invalidClient(
      ctx,
      `${bodyId} is a confidential client and must authenticate with its secret (${client.tokenEndpointAuthMethods.join(' or ')}).`,
    )
  }
  return { ok: true, client, method: 'none' }
}
