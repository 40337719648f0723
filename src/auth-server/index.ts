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
  type ResolvedOptions,
  type ServerProfile,
} from './options.ts'
import { createRegistry } from './registry/registry.ts'
import type { ClientRegistration, UserAccount } from './registry/types.ts'
import { allowedMethods, ROUTES, type HttpMethod } from './routes.ts'
import {
  readServerSnapshot,
  SERVER_SNAPSHOT_FORMAT,
  type AuthorizationServerSnapshot,
} from './server-snapshot.ts'
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
export type { AuthorizationServerSnapshot } from './server-snapshot.ts'

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
  /**
   * Forgets every record (sessions, requests, codes, tokens, device requests, failed attempts):
   * the lab's flow run that made them was discarded, and nothing can reach them any more. The
   * keys stay, so a token issued before still verifies by its signature.
   */
  forgetRecords(): void
  /** Keys, records, clock offset and set-up as JSON data, for restoreAuthorizationServer. */
  snapshot(): AuthorizationServerSnapshot
}

/**
 * Creates an authorization server (RFC 6749, RFC 7636, RFC 9068, OIDC Core) seeded with the demo
 * world. Runs unchanged in the browser and in Node 20.
 */
export function createAuthorizationServer(
  options?: AuthorizationServerOptions,
): AuthorizationServer {
  return buildServer(resolveOptions(options)).server
}

/**
 * The server a snapshot saved, back with its keys, records, clock offset and set-up, so that it
 * redeems the codes and refreshes the tokens it issued before a page reload. `options` must make
 * the same server (issuer, world); the clock's base is the caller's `now`. Rejects with a
 * SnapshotError when the snapshot is of another format or damaged.
 */
export async function restoreAuthorizationServer(
  saved: unknown,
  options?: AuthorizationServerOptions,
): Promise<AuthorizationServer> {
  const resolved = resolveOptions(options)
  const { server, keysRestored } = buildServer(resolved, readServerSnapshot(saved, resolved.issuer))
  await keysRestored
  return server
}

function buildServer(
  resolved: ResolvedOptions,
  saved?: ReturnType<typeof readServerSnapshot>,
): { server: AuthorizationServer; keysRestored: Promise<void> } {
  // What configure() returns to: the server as it was created.
  const created = { profile: resolved.profile, defences: { ...resolved.defences } }
  if (saved) {
    resolved.profile = saved.profile
    resolved.defences = saved.defences
  }
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
    clock: createServerClock(resolved.now, saved?.clockOffsetSeconds),
    registry: createRegistry(resolved.world),
    store: createServerStore(resolved.random, resolved.limits, saved?.store),
    keys: createKeyStore(saved?.keys),
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

  const server: AuthorizationServer = {
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
    forgetRecords() {
      ctx.store = createServerStore(resolved.random, resolved.limits)
    },
    snapshot: () => ({
      format: SERVER_SNAPSHOT_FORMAT,
      issuer: ctx.issuer,
      keys: ctx.keys.snapshot(),
      store: ctx.store.snapshot(),
      clockOffsetSeconds: ctx.clock.offsetSeconds(),
      setup: { profile: ctx.options.profile, defences: { ...ctx.options.defences } },
    }),
  }
  return { server, keysRestored: ctx.keys.restored() }
}
