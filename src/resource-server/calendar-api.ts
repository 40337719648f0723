import { CALENDAR_API_ORIGIN, ISSUER } from '../protocol/demo-world.ts'
import { extractBearerToken } from './bearer.ts'
import { eventsOf } from './calendar.ts'
import { createIssuerKeys } from './issuer-keys.ts'
import { bearerErrorResponse, credentialsRequired, jsonResponse } from './responses.ts'
import { verifyAccessToken } from './verify-access-token.ts'

export interface CalendarApiOptions {
  /** How the API reaches its issuer: metadata and JWKS requests go through this fetch. */
  readonly fetch: (request: Request) => Promise<Response>
  /** Milliseconds since the epoch; share the authorization server's clock. */
  readonly now: () => number
  /**
   * Whether a token's `aud` must name this API (RFC 9068 §4). Read on every request, so an attack
   * scenario can switch the check off and on; default on.
   */
  readonly checksAudience?: () => boolean
  readonly origin?: string
  readonly issuer?: string
}

export interface CalendarApi {
  readonly origin: string
  /** Answers any request; never throws (RFC 6750 errors, 404, 405, or 500 with a JSON body). */
  fetch(request: Request): Promise<Response>
}

/**
 * A second protected resource at https://api.calendar.example that trusts the same authorization
 * server as the photo API: GET /events answers the calendar of the token's `sub`. It checks the
 * token like the photo API (RFC 9068 §4: typ, signature, iss, exp, and `aud` naming itself), but
 * has no scope of its own, so the audience is what keeps a photo API token out; with
 * `checksAudience` off it is the API that forgot that check (RFC 9700 §2.3).
 */
export function createCalendarApi(options: CalendarApiOptions): CalendarApi {
  const origin = options.origin ?? CALENDAR_API_ORIGIN
  const realm = new URL(origin).host
  const issuer = options.issuer ?? ISSUER
  const keys = createIssuerKeys({ issuer, fetch: options.fetch, now: options.now })
  const checksAudience = options.checksAudience ?? (() => true)

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname !== '/events')
      return jsonResponse(404, {
        error: 'not_found',
        error_description: `The calendar API has no ${url.pathname}. Try GET /events.`,
      })
    if (request.method !== 'GET')
      return jsonResponse(
        405,
        { error: 'method_not_allowed', error_description: '/events answers GET only.' },
        { Allow: 'GET' },
      )
    const credentials = extractBearerToken(request)
    if (credentials.kind === 'none')
      // No error information when the request carries no credentials (RFC 6750 §3.1).
      return credentialsRequired(realm)
    if (credentials.kind === 'malformed')
      return bearerErrorResponse(realm, {
        error: 'invalid_request',
        description: credentials.description,
      })
    const verification = await verifyAccessToken(credentials.token, {
      issuer,
      audience: checksAudience() ? origin : undefined,
      keys,
      now: options.now,
      algorithms: ['ES256'],
      clockToleranceSeconds: 0,
    })
    if (!verification.ok) {
      if (verification.reason === 'issuer_unavailable')
        return jsonResponse(503, {
          error: 'temporarily_unavailable',
          error_description: verification.description,
        })
      return bearerErrorResponse(realm, {
        error: 'invalid_token',
        description: verification.description,
      })
    }
    const owner = verification.claims.sub
    const events = eventsOf(owner)
    return jsonResponse(200, { owner, count: events.length, events })
  }

  return {
    origin,
    async fetch(request) {
      try {
        return await handle(request)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return jsonResponse(500, {
          error: 'server_error',
          error_description: `The calendar API failed unexpectedly: ${message}`,
        })
      }
    },
  }
}
