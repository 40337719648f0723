import type { AuthorizationErrorCode } from '../../protocol/oauth-error.ts'

/** A validation failure that goes back to the client as an authorization error (RFC 6749 §4.1.2.1). */
export type Failure = { error: AuthorizationErrorCode; description: string }

export const fail = (error: AuthorizationErrorCode, description: string): Failure => ({
  error,
  description,
})
