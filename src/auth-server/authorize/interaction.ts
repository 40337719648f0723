import type { ServerContext } from '../context.ts'
import { readCookie, SESSION_COOKIE } from '../http/cookies.ts'
import type { PendingAuthorization, SessionRecord } from '../store/records.ts'
import { authorizationErrorRedirect, authorizationRedirect } from './authorization-response.ts'
import { findResponseType } from './response-types.ts'

/** The signed-in session named by the request's cookie, if it exists and has not expired. */
export function currentSession(request: Request, ctx: ServerContext): SessionRecord | undefined {
  const id = readCookie(request, SESSION_COOKIE)
  const session = id === undefined ? undefined : ctx.store.sessions.get(id)
  if (!session) return undefined
  if (session.expiresAt <= ctx.clock.nowSeconds()) {
    ctx.store.sessions.delete(session.id)
    return undefined
  }
  return session
}

/** Starts a new session (a new id on every sign-in, against session fixation). */
export function createSession(ctx: ServerContext, sub: string): SessionRecord {
  const now = ctx.clock.nowSeconds()
  const session: SessionRecord = {
    id: ctx.store.newId(32),
    sub,
    authTime: now,
    expiresAt: now + ctx.options.lifetimes.session,
    consents: new Map(),
  }
  ctx.store.addSession(session)
  return session
}

/** True when the session's sign-in is older than max_age allows (OIDC Core §3.1.2.1). */
export function isAuthenticationTooOld(
  ctx: ServerContext,
  session: SessionRecord,
  maxAge: number | undefined,
): boolean {
  return maxAge !== undefined && ctx.clock.nowSeconds() - session.authTime > maxAge
}

/** The pending authorization request with this id, if it exists and has not expired. */
export function findPending(
  ctx: ServerContext,
  id: string | undefined,
): PendingAuthorization | undefined {
  const pending = id === undefined ? undefined : ctx.store.pending.get(id)
  if (!pending) return undefined
  if (pending.expiresAt <= ctx.clock.nowSeconds()) {
    ctx.store.pending.delete(pending.id)
    return undefined
  }
  return pending
}

/** True when the user already approved every requested scope for this client in this session. */
export function hasConsent(
  session: SessionRecord,
  request: PendingAuthorization | { clientId: string; scope: readonly string[] },
): boolean {
  const granted = session.consents.get(request.clientId)
  return granted !== undefined && request.scope.every((scope) => granted.has(scope))
}

function target(request: PendingAuthorization, status: 302 | 303) {
  return { redirectUri: request.redirectUri, mode: request.responseMode, status }
}

/**
 * Finishes an approved request: remembers the consent, issues the response (a code, for
 * response_type=code) and redirects to the client with it and `state` (RFC 6749 §4.1.2).
 */
export async function completeAuthorization(
  ctx: ServerContext,
  request: PendingAuthorization,
  session: SessionRecord,
  status: 302 | 303,
): Promise<Response> {
  ctx.store.pending.delete(request.id)
  const granted = session.consents.get(request.clientId) ?? new Set<string>()
  for (const scope of request.scope) granted.add(scope)
  session.consents.set(request.clientId, granted)
  const responseType = findResponseType(request.responseType, ctx.options.profile)
  if (!responseType)
    throw new Error(`response_type ${request.responseType} vanished from the profile`)
  const params = await responseType.respond(ctx, request, session)
  return authorizationRedirect(ctx, target(request, status), { ...params, state: request.state })
}

/** Ends a request with an error sent back to the client (RFC 6749 §4.1.2.1), e.g. access_denied. */
export function rejectAuthorization(
  ctx: ServerContext,
  request: PendingAuthorization,
  error: 'access_denied' | 'login_required' | 'consent_required' | 'interaction_required',
  description: string,
  status: 302 | 303,
): Response {
  ctx.store.pending.delete(request.id)
  return authorizationErrorRedirect(ctx, target(request, status), error, description, request.state)
}
