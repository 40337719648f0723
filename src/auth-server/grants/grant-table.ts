import type { ServerProfile } from '../options.ts'
import { authorizationCodeGrant } from './authorization-code.ts'
import { clientCredentialsGrant } from './client-credentials.ts'
import { deviceCodeGrant } from './device-code.ts'
import type { GrantDefinition } from './grant-definition.ts'
import { passwordGrant } from './password.ts'
import { refreshTokenGrant } from './refresh-token.ts'

/**
 * Every grant the token endpoint knows. To add one (client_credentials, password, the device
 * code grant), write `grants/<grant>.ts` exporting a GrantDefinition and add it to this list: the
 * token endpoint dispatches on `grantType`, and discovery's grant_types_supported reads this table.
 * New clients go in registry/demo-world-data.ts; new endpoints (/device_authorization, /device)
 * in routes.ts.
 */
export const GRANTS: readonly GrantDefinition[] = [
  authorizationCodeGrant,
  refreshTokenGrant,
  clientCredentialsGrant,
  deviceCodeGrant,
  passwordGrant,
]

/** The grant for `grantType` if the profile allows it. */
export function findGrant(grantType: string, profile: ServerProfile): GrantDefinition | undefined {
  return GRANTS.find((grant) => grant.grantType === grantType && grant.profiles.includes(profile))
}

/** grant_types_supported for discovery (RFC 8414 §2). */
export function supportedGrantTypes(profile: ServerProfile): string[] {
  return GRANTS.filter((grant) => grant.profiles.includes(profile)).map((grant) => grant.grantType)
}

/** Why `grantType` is refused in this profile when another profile serves it (OAuth 2.1 §10). */
export function unavailableReason(grantType: string, profile: ServerProfile): string | undefined {
  const grant = GRANTS.find(
    (candidate) => candidate.grantType === grantType && !candidate.profiles.includes(profile),
  )
  return grant?.unavailableReason
}
