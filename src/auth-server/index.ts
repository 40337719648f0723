import { withIntendedRequestHeaders } from '../protocol/script-headers.ts'
import { createServerClock, type ServerClock } from './clock.ts'
import type { ServerContext } from './context.ts'
import { serverMetadata } from './endpoints/discovery.ts'
import {
  CORS_HEADERS,
  corsPreflight,
  methodNotAllowed,
  notFound,
  oauthErrorResponse,
  withoutBody,
} from './http/responses.ts'
import {
  resolveOptions,
  type AuthorizationServerOptions,
  type Defences,
  type ServerProfile,
} from './options.ts'
import { createRegistry } from './registry/registry.ts'
import type { ClientRegistration, UserAccount } from './registry/types.ts'
import { allowedMethods, ROUTES, type HttpMethod } from './routes.ts'
import { createServerStore, type StoreCounts } from './store/server-store.ts'
import { createKeyStore, type JsonWebKeySet } from './tokens/key-store.ts'

export type { AuthorizationServerOptions, Defences, Lifetimes, ServerProfile } from './options.ts'
export type {
  ClientRegistration,
  UserAccount,
  WorldData,
  GrantType,
  SigningAlg,
} from './registry/types.ts'
export type { ServerClock } from './clock.ts'
export type { StoreCounts, StoreLimits } from './store/server-store.ts'

/** The part of the options a flow may change at run time. */
export interface ServerSetup {
  profile?: ServerProfile
  defences?: Partial<Defences>
}
export type { JsonWebKeySet } from './tokens/key-store.ts'
export type { TokenResponseBody } from './tokens/token-response.ts'
export { DEMO_WORLD, DEMO_CLIENTS, DEMO_USERS } from './registry/demo-world-data.ts'
export { ACCESS_TOKEN_TYP } from './tokens/access-token.ts'

/** The in-browser authorization server: a Fetch-API handler plus a few controls for the app. */
export interface AuthorizationServer {
  /** The issuer identifier (RFC 8414 §2), e.g. https://auth.photos.example. */
  readonly issuer: string
  readonly profile: ServerProfile
  readonly defences: Readonly<Defences>
  /**
   * Switches the rulebook and the defences while the server runs (a flow's set-up, an attack
   * scenario): anything `setup` leaves out returns to its default, so one flow's settings never
   * leak into the next. Clients, users, keys and issued tokens stay.
   */
  configure(setup: ServerSetup): void
  /** Handles one HTTP request. Never throws: an internal failure becomes 500 server_error JSON. */
  fetch(request: Request): Promise<Response>
  /** The server's clock; `clock.advance(seconds)` fast-forwards every lifetime. */
  readonly clock: ServerClock
  /** The public signing keys, as served at /jwks. */
  jwks(): Promise<JsonWebKeySet>
  /** The discovery metadata, as served at /.well-known/openid-configuration. */
  metadata(): Record<string, unknown>
  /** Registered clients and users (read-only views, for the app to show). */
  getClient(clientId: string): ClientRegistration | undefined
  getUser(sub: string): UserAccount | undefined
  /** How many records the server holds, by kind: they are forgotten once expired (see sweep). */
  storeCounts(): StoreCounts
}

/**
 * Creates an authorization server (RFC 6749, RFC 7636, RFC 9068, OIDC Core) seeded with the demo
 * world. Runs unchanged in the browser and in Node 20.
 */
export function createAuthorizationServer(
  options?: AuthorizationServerOptions,
): AuthorizationServer {
  const resolved = resolveOptions(options)
  // What configure() returns to: the server as it was created.
  const created = { profile: resolved.profile, defences: { ...resolved.defences } }
  const issuerPath = new URL(resolved.issuer).pathname.replace(/\/$/, '')
  const endpointUrl = (path: string) => `${resolved.issuer}${path}`
  const endpointUrls = Object.fromEntries(
    ROUTES.filter((route) => route.metadata).map((route) => [
      route.metadata,
      endpointUrl(route.path),
    ]),
  )
  const ctx: ServerContext = {
    options: resolved,
    issuer: resolved.issuer,
    clock: createServerClock(resolved.now),
    registry: createRegistry(resolved.world),
    store: createServerStore(resolved.random, resolved.limits),
    keys: createKeyStore(),
    endpointUrl,
    endpointUrls,
  }

  /** The path below the issuer; RFC 8414 §3 puts the well-known segment before the issuer path. */
  function localPath(pathname: string): string | undefined {
    const wellKnown = '/.well-known/oauth-authorization-server'
    if (issuerPath !== '' && pathname === `${wellKnown}${issuerPath}`) return wellKnown
    if (issuerPath === '') return pathname
    return pathname.startsWith(`${issuerPath}/`) ? pathname.slice(issuerPath.length) : undefined
  }

  async function route(request: Request): Promise<Response> {
    // Expired records go on the server's clock (the lab's, when it is fast-forwarded or paused).
    ctx.store.sweep(ctx.clock.nowSeconds())
    const url = new URL(request.url)
    const path = localPath(url.pathname)
    const entry =
      path === undefined ? undefined : ROUTES.find((candidate) => candidate.path === path)
    if (!entry) return notFound(url.pathname)
    const allowed = allowedMethods(entry)
    if (request.method === 'OPTIONS' && entry.cors) return corsPreflight(allowed)
    // HEAD is answered as GET wherever GET is served (RFC 9110 §9.1); fetch drops the body.
    const head = request.method === 'HEAD'
    const handler = entry.handlers[(head ? 'GET' : request.method) as HttpMethod]
    if (!handler) return methodNotAllowed(request.method, url.pathname, allowed)
    const asGet = () =>
      withIntendedRequestHeaders(new Request(request, { method: 'GET' }), request.headers)
    const response = await handler(head ? asGet() : request, ctx, url)
    if (entry.cors)
      for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value)
    return response
  }

  async function answer(request: Request): Promise<Response> {
    try {
      return await route(request)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return oauthErrorResponse(
        'server_error',
        `The authorization server failed unexpectedly (${detail}). Try again; if it persists, report it.`,
        500,
      )
    }
  }

  return {
    issuer: resolved.issuer,
    get profile() {
      return ctx.options.profile
    },
    get defences() {
      return ctx.options.defences
    },
    configure(setup) {
      ctx.options.profile = setup.profile ?? created.profile
      ctx.options.defences = { ...created.defences, ...setup.defences }
    },
    clock: ctx.clock,
    async fetch(request) {
      const response = await answer(request)
      // HEAD is GET without the body, errors included (RFC 9110 §9.3.2).
      return request.method === 'HEAD' ? withoutBody(response) : response
    },
    jwks: () => ctx.keys.jwks(),
    metadata: () => serverMetadata(ctx),
    getClient: (clientId) => ctx.registry.getClient(clientId),
    getUser: (sub) => ctx.registry.getUserBySub(sub),
    storeCounts: () => ctx.store.counts(),
  }
}
