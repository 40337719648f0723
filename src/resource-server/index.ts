import { API_AUDIENCE, API_ORIGIN, ISSUER } from '../protocol/demo-world.ts'
import { extractBearerToken } from './bearer.ts'
import { findPhoto, photosOf } from './photos.ts'
import {
  ALLOWED_METHODS,
  bearerErrorResponse,
  corsPreflight,
  credentialsRequired,
  jsonResponse,
  withCors,
} from './responses.ts'
import type { IntrospectionCredentials } from './introspection.ts'
import { readFormat, readString, SnapshotError } from '../protocol/snapshot-data.ts'
import { createTokenChecker, type TokenCheck, type TokenCheckerSnapshot } from './token-check.ts'
import type { AccessTokenClaims } from './verify-access-token.ts'

export type { IntrospectionCredentials } from './introspection.ts'
export type { TokenCheck } from './token-check.ts'

/** The scope every photo endpoint needs. */
export const PHOTOS_READ_SCOPE = 'photos.read'

export interface ResourceServerOptions {
  /** How the API reaches its issuer: metadata, JWKS and introspection requests go through it. */
  readonly fetch: (request: Request) => Promise<Response>
  /** The one issuer whose tokens are accepted, compared exactly (RFC 9068 §4). Default ISSUER. */
  readonly issuer?: string
  /** This API's identifier, which a token's `aud` must contain (RFC 9068 §4). Default API_AUDIENCE. */
  readonly audience?: string
  /** Where the API is served (its realm and the origin it answers). Default API_ORIGIN. */
  readonly origin?: string
  /** Milliseconds since the epoch; share the authorization server's clock so expiry lines up. */
  readonly now?: () => number
  /** Read keys from this URL instead of discovering `jwks_uri` from the issuer's metadata. */
  readonly jwksUri?: string
  /** Accepted signing algorithms. Default ['ES256'], what the authorization server signs with. */
  readonly algorithms?: readonly string[]
  /** Allowed clock skew for exp/nbf. Default 0: both servers read the same clock. */
  readonly clockToleranceSeconds?: number
  /** Minimum seconds between JWKS re-fetches triggered by unknown kids. Default 30. */
  readonly jwksRefreshCooldownSeconds?: number
  /** How tokens are checked at first (see TokenCheck). Default 'local-jwt'. */
  readonly tokenCheck?: TokenCheck
  /** The API's client credentials at the issuer, needed for tokenCheck 'introspection'. */
  readonly introspection?: IntrospectionCredentials
}

export interface ResourceServer {
  readonly origin: string
  readonly issuer: string
  readonly audience: string
  /** Answers any request; never throws (RFC 6750 errors, 404, 405, or 500 with a JSON body). */
  fetch(request: Request): Promise<Response>
  /** How tokens are checked now. */
  readonly tokenCheck: TokenCheck
  /** Switches how tokens are checked, e.g. so a flow can show revocation both ways. */
  setTokenCheck(check: TokenCheck): void
  /** How it checks tokens and the issuer keys it cached, for restoreResourceServer. */
  snapshot(): ResourceServerSnapshot
}

/** Bump when the shape of ResourceServerSnapshot changes. */
const RESOURCE_SERVER_SNAPSHOT_FORMAT = 1

/**
 * What the photo API would lose in a page reload, as JSON data: its token check and the issuer's
 * key set it fetched (without it, the next request would fetch the keys again, an exchange the
 * run did not have before the reload).
 */
export interface ResourceServerSnapshot {
  format: typeof RESOURCE_SERVER_SNAPSHOT_FORMAT
  origin: string
  tokenCheck: TokenCheckerSnapshot
}

/**
 * The photo API a snapshot saved, with its token check and cached keys; `options` as for
 * createResourceServer. Throws a SnapshotError for another format, another API, or damage.
 */
export function restoreResourceServer(
  saved: unknown,
  options: ResourceServerOptions,
): ResourceServer {
  const object = readFormat(saved, RESOURCE_SERVER_SNAPSHOT_FORMAT, 'The saved photo API')
  const origin = options.origin ?? API_ORIGIN
  if (readString(object.origin, "the saved API's origin") !== origin)
    throw new SnapshotError(`The saved photo API is at ${String(object.origin)}, not ${origin}.`)
  return build(options, object.tokenCheck ?? null)
}

type Route = { readonly name: 'photos' } | { readonly name: 'photo'; readonly id: string }

function matchRoute(pathname: string): Route | undefined {
  if (pathname === '/photos') return { name: 'photos' }
  const id = /^\/photos\/([A-Za-z0-9_-]+)$/.exec(pathname)?.[1]
  return id === undefined ? undefined : { name: 'photo', id }
}

/**
 * The photo API at https://api.photos.example: a protected resource that accepts RFC 9068 JWT
 * access tokens from one issuer, checked against the issuer's published keys or, with tokenCheck
 * 'introspection', by asking the issuer (RFC 7662). Failures are answered exactly as RFC 6750 §3
 * prescribes (401 invalid_token, 400 invalid_request, 403 insufficient_scope, each with a
 * `WWW-Authenticate: Bearer` challenge).
 */
export function createResourceServer(options: ResourceServerOptions): ResourceServer {
  return build(options)
}

function build(options: ResourceServerOptions, saved?: unknown): ResourceServer {
  const origin = options.origin ?? API_ORIGIN
  const realm = new URL(origin).host
  const issuer = options.issuer ?? ISSUER
  const audience = options.audience ?? API_AUDIENCE
  const now = options.now ?? Date.now
  const tokens = createTokenChecker({ ...options, issuer, audience, now }, saved)

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (url.origin !== origin) {
      return jsonResponse(421, {
        error: 'misdirected_request',
        error_description: `This is the photo API at ${origin}; it does not serve ${url.origin}.`,
      })
    }
    const route = matchRoute(url.pathname)
    if (route === undefined) {
      return jsonResponse(404, {
        error: 'not_found',
        error_description: `The photo API has no ${url.pathname}. Try GET /photos or GET /photos/{id}.`,
      })
    }
    if (request.method === 'OPTIONS') return corsPreflight()
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return jsonResponse(
        405,
        {
          error: 'method_not_allowed',
          error_description: `${url.pathname} answers GET (and HEAD) only; the photo API is read-only.`,
        },
        { Allow: ALLOWED_METHODS },
      )
    }

    const credentials = extractBearerToken(request)
    if (credentials.kind === 'none') return credentialsRequired(realm)
    if (credentials.kind === 'malformed') {
      return bearerErrorResponse(realm, {
        error: 'invalid_request',
        description: credentials.description,
      })
    }
    const verification = await tokens.check(credentials.token)
    if (!verification.ok) {
      if (verification.reason === 'issuer_unavailable') {
        return jsonResponse(503, {
          error: 'temporarily_unavailable',
          error_description: verification.description,
        })
      }
      return bearerErrorResponse(realm, {
        error: 'invalid_token',
        description: verification.description,
      })
    }
    if (!verification.scopes.includes(PHOTOS_READ_SCOPE)) {
      return bearerErrorResponse(realm, {
        error: 'insufficient_scope',
        description: scopeDescription(verification.scopes),
        scope: PHOTOS_READ_SCOPE,
      })
    }
    return answer(route, verification.claims)
  }

  return {
    origin,
    issuer,
    audience,
    get tokenCheck() {
      return tokens.mode()
    },
    setTokenCheck: (check) => tokens.setMode(check),
    snapshot: () => ({
      format: RESOURCE_SERVER_SNAPSHOT_FORMAT,
      origin,
      tokenCheck: tokens.snapshot(),
    }),
    async fetch(request) {
      let response: Response
      try {
        response = await handle(request)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        response = jsonResponse(500, {
          error: 'server_error',
          error_description: `The photo API failed unexpectedly: ${message}`,
        })
      }
      if (response.status !== 421) withCors(response)
      // HEAD is GET without the body (RFC 9110 §9.3.2).
      return request.method === 'HEAD'
        ? new Response(null, { status: response.status, headers: response.headers })
        : response
    },
  }
}

function scopeDescription(scopes: readonly string[]): string {
  const granted = scopes.length === 0 ? 'no scope at all' : `only ${scopes.join(' ')}`
  return `The token grants ${granted}; reading photos needs ${PHOTOS_READ_SCOPE}. Ask for it in the authorization request's scope (RFC 6750 §3.1, RFC 6749 §3.3).`
}

function answer(route: Route, claims: AccessTokenClaims): Response {
  const owner = claims.sub
  if (route.name === 'photos') {
    const photos = photosOf(owner)
    return jsonResponse(200, { owner, count: photos.length, photos })
  }
  const photo = findPhoto(owner, route.id)
  if (photo === undefined) {
    return jsonResponse(404, {
      error: 'not_found',
      error_description: `There is no photo ${route.id} in ${owner}'s album.`,
    })
  }
  return jsonResponse(200, photo)
}
