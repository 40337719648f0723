import type { ServerContext } from '../context.ts'
import type { ServerProfile } from '../options.ts'
import type { ResponseType } from '../registry/types.ts'
import type { PendingAuthorization, SessionRecord } from '../store/records.ts'
import type { ResponseMode } from './authorization-response.ts'

/** One response_type of the authorization endpoint (RFC 6749 §3.1.1). */
export interface ResponseTypeDefinition {
  responseType: ResponseType
  /** Where its parameters (and its errors) go: query for code, fragment for token (§4.2.2). */
  mode: ResponseMode
  /** The profiles that allow it; implicit is `rfc6749` only (OAuth 2.1 §10). */
  profiles: readonly ServerProfile[]
  /** The success parameters, once the user has signed in and approved. */
  respond(
    ctx: ServerContext,
    request: PendingAuthorization,
    session: SessionRecord,
  ): Promise<Record<string, string>>
}
