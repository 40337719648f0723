import type { ServerContext } from '../context.ts'
import type { RequestParams } from '../http/params.ts'
import type { ServerProfile } from '../options.ts'
import type { ClientRegistration, GrantType, TokenEndpointAuthMethod } from '../registry/types.ts'

/** What the token endpoint hands a grant once the client is authenticated and registered for it. */
export interface GrantInput {
  ctx: ServerContext
  request: Request
  params: RequestParams
  client: ClientRegistration
  authMethod: TokenEndpointAuthMethod
}

/** One grant_type of the token endpoint (RFC 6749 §4, §6; RFC 8628 §3.4). */
export interface GrantDefinition {
  grantType: GrantType
  /** The profiles that allow it (the password grant is `rfc6749` only, OAuth 2.1 §10). */
  profiles: readonly ServerProfile[]
  /** Only confidential clients may use it (client_credentials, RFC 6749 §4.4). */
  confidentialOnly?: boolean
  /** Why the profiles that leave it out refuse it, for the unsupported_grant_type description. */
  unavailableReason?: string
  /** Answers the token request: a token response or an OAuth error, never a throw. */
  handle(input: GrantInput): Promise<Response>
}
