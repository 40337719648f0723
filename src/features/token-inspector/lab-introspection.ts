import {
  BACKUP_JOB_CLIENT,
  ISSUER,
  LEGACY_APP_CLIENT,
  PHOTO_API_CLIENT,
  PRINTSHOP_CLIENT,
} from '../../protocol/demo-world'
import {
  introspectToken,
  type IntrospectionCaller,
  type IntrospectionResult,
} from '../../protocol/jwt/introspect'
import type { TokenContext, TokenKind } from '../../protocol/jwt/token-context'
import type { Lab } from '../../wire/lab'

const CONFIDENTIAL: readonly IntrospectionCaller[] = [
  PRINTSHOP_CLIENT,
  BACKUP_JOB_CLIENT,
  LEGACY_APP_CLIENT,
]

export interface ChosenCaller {
  caller: IntrospectionCaller
  /** Why this client asks, in one or two sentences. */
  why: string
}

/**
 * Who asks the lab's /introspect: the flow's own client when it is confidential (it has a secret to
 * authenticate with, RFC 7662 §2.1); otherwise the photo API's own client, and the reason is said.
 */
export function introspectionCallerFor(context: TokenContext): ChosenCaller {
  const own = CONFIDENTIAL.find((client) => client.clientId === context.clientId)
  if (own)
    return {
      caller: own,
      why: `The inspector asks as ${own.clientId}, the confidential client this token was issued to, authenticating with its secret.`,
    }
  const publicClient = context.clientId
    ? `This token's client, ${context.clientId}, is a public client: it has no secret, and the lab answers introspection only for callers it can authenticate, so ${context.clientId} itself would get 401 invalid_client. `
    : ''
  return {
    caller: PHOTO_API_CLIENT,
    why: `${publicClient}Introspection is meant for resource servers, so the inspector asks as photo-api, the photo API's own confidential client, with its secret (HTTP Basic): the same request the API makes when it is set to introspect instead of checking JWTs itself. Any authenticated client may introspect any token here; a production server might limit that.`,
  }
}

/** Introspects `token` at the lab authorization server, over the lab's wire (recorded like any exchange); `kind` is what the inspector was told the token is. */
export async function introspectWithLab(
  lab: Lab,
  token: string,
  caller: IntrospectionCaller,
  kind?: TokenKind,
): Promise<IntrospectionResult> {
  const url = String(
    lab.authorizationServer.metadata().introspection_endpoint ?? `${ISSUER}/introspect`,
  )
  return introspectToken(
    (request) =>
      lab.wire.send(request, {
        from: 'client',
        channel: 'back',
        label: 'Inspector: token introspection',
      }),
    url,
    token,
    caller,
    kind,
  )
}
