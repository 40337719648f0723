import {
  createAuthorizationServer,
  DEMO_CLIENTS,
  restoreAuthorizationServer,
} from '../auth-server/index.ts'
import type {
  AuthorizationServer,
  AuthorizationServerOptions,
  ClientRegistration,
  ServerClock,
  ServerSetup,
} from '../auth-server/index.ts'
import {
  PHOTO_API_CLIENT,
  PHOTO_SPA_CLIENT,
  PRINTSHOP_AT_MALLORY_CLIENT_ID,
} from '../protocol/demo-world.ts'
import type { BrowserRole } from '../protocol/roles.ts'
import { createCalendarApi } from '../resource-server/calendar-api.ts'
import type { CalendarApi } from '../resource-server/calendar-api.ts'
import { createResourceServer, restoreResourceServer } from '../resource-server/index.ts'
import type { ResourceServer, ResourceServerOptions, TokenCheck } from '../resource-server/index.ts'
import { createAttackerSite } from './attacker-site.ts'
import type { AttackerSite } from './attacker-site.ts'
import { createBrowser } from './browser.ts'
import type { Browser } from './browser.ts'
import { createClientCallbackRoute } from './client-callback.ts'
import type { ClientCallbackRoute, ClientPage } from './client-callback.ts'
import { LAB_SNAPSHOT_FORMAT, readLabSnapshot, type LabSnapshot } from './lab-snapshot.ts'
import { GALLERY_PATH, MALLORY_GALLERY_PAGE } from './printshop-gallery.ts'
import { createWire } from './wire.ts'
import type { Wire } from './wire.ts'

export type { LabSnapshot } from './lab-snapshot.ts'

export interface LabOptions {
  /**
   * The lab's base clock in ms; the authorization server's clock adds what was skipped. Default: the
   * moment the lab was made, standing still, so that nothing expires while a learner reads a step.
   */
  readonly now?: () => number
  /** Anything else for the authorization server: profile, defences, lifetimes, random. */
  readonly authorizationServer?: Omit<AuthorizationServerOptions, 'now'>
}

/**
 * How a flow sets the lab's servers up: the authorization server's profile and defences, the
 * calendar API's audience check (on unless a flow turns it off), and how the photo API checks
 * tokens (locally, as a JWT, unless a flow asks it to introspect each one: RFC 7662).
 */
export interface LabSetup extends ServerSetup {
  calendarApi?: { checksAudience?: boolean }
  photoApi?: { tokenCheck?: TokenCheck }
}

export interface Lab {
  readonly authorizationServer: AuthorizationServer
  readonly resourceServer: ResourceServer
  /** A second API of the same issuer, https://api.calendar.example (the audience attack). */
  readonly calendarApi: CalendarApi
  /** Mallory's site, https://mallory.example: its log is what she has learnt. */
  readonly attackerSite: AttackerSite
  readonly wire: Wire
  /** The one clock of the lab (the authorization server's): tokens, codes, cookies and records all read it. */
  readonly clock: ServerClock
  /** The front end of every registered client with a redirect URI, by client_id. */
  readonly callbacks: Readonly<Record<string, ClientCallbackRoute>>
  /** The browser of `role` (default Alice's): every request it makes crosses the wire as that role's. */
  browser(role?: BrowserRole): Browser
  /** Applies a flow's set-up; what it leaves out returns to the servers' defaults. */
  configure(setup: LabSetup): void
  /**
   * Starts a flow afresh: forgets exchanges, every browser's cookies and page, received callbacks,
   * Mallory's log, and the authorization server's records (sessions, codes, tokens: the discarded
   * run made them and nothing can reach them any more; on the lab's still clock they would never
   * expire, and every restart would keep them for good). Servers and keys stay, so a token issued
   * before still verifies by its signature.
   */
  restart(): void
  /**
   * Everything the lab holds as JSON data (servers with their keys and records, the clock, the
   * wire, browsers, callbacks), so that restoreLab brings it back after a page reload. Take it
   * between steps: a request in flight is not in it.
   */
  snapshot(): LabSnapshot
}

/** What each kind of client does with the authorization response at its callback. */
function nextStepAt(client: ClientRegistration): string {
  if (!client.responseTypes.includes('code'))
    return `${client.clientName}’s page script now reads the access token from the URL’s fragment (location.hash), which the browser never sends to this server.`
  return client.type === 'confidential'
    ? `${client.clientName}’s server now checks that state matches the one it stored for this browser, then redeems the code at the token endpoint over the back channel, authenticating with its secret.`
    : `${client.clientName}’s JavaScript now checks state and iss, then redeems the code at the token endpoint together with its PKCE code_verifier.`
}

/** What the photo API's own requests to the authorization server are called on the wire. */
function resourceServerLabel(pathname: string): string {
  if (pathname.startsWith('/.well-known/')) return 'Discover the issuer’s metadata'
  if (pathname === '/introspect') return 'Introspect the access token'
  return 'Fetch the signing keys'
}

/**
 * The app-wide runtime: one authorization server, one resource server on the same clock that
 * fetches the issuer's keys, or introspects tokens once switched to it, over the wire (recorded
 * resource-server → authorization-server, back channel), the client callback pages, a browser per
 * browser role, and the wire that joins and records them. The flow player and the token inspector
 * share it, so every token verifies against one JWKS.
 */
export function createLab(options: LabOptions = {}): Lab {
  const madeAt = Date.now()
  const authorizationServer = createAuthorizationServer({
    ...options.authorizationServer,
    now: options.now ?? (() => madeAt),
  })
  return assemble(authorizationServer)
}

/**
 * The lab a snapshot saved: the same keys, records, clock (its base reading and what was skipped),
 * set-up, exchanges, browsers and callbacks, so that a flow run goes on where it was and its
 * tokens still verify. `options.now` replaces the saved clock base (tests). Rejects with a
 * SnapshotError when the snapshot is of another format or damaged.
 */
export async function restoreLab(saved: unknown, options: LabOptions = {}): Promise<Lab> {
  const snapshot = readLabSnapshot(saved)
  const authorizationServer = await restoreAuthorizationServer(snapshot.authorizationServer, {
    ...options.authorizationServer,
    now: options.now ?? (() => snapshot.baseTimeMs),
  })
  return assemble(authorizationServer, snapshot)
}

function assemble(
  authorizationServer: AuthorizationServer,
  saved?: ReturnType<typeof readLabSnapshot>,
): Lab {
  const clock = authorizationServer.clock
  // The APIs' own requests to the authorization server (keys, metadata, introspection).
  const apiRequestsOverWire = (request: Request) =>
    wire.send(request, {
      from: 'resource-server',
      channel: 'back',
      label: resourceServerLabel(new URL(request.url).pathname),
    })
  const resourceServerOptions: ResourceServerOptions = {
    now: clock.now,
    // The API's own credentials, so a flow can switch it to introspection (setTokenCheck).
    introspection: {
      clientId: PHOTO_API_CLIENT.clientId,
      clientSecret: PHOTO_API_CLIENT.clientSecret,
    },
    fetch: apiRequestsOverWire,
  }
  const resourceServer = saved
    ? restoreResourceServer(saved.resourceServer, resourceServerOptions)
    : createResourceServer(resourceServerOptions)
  // Set by configure(), which a restored flow session calls again with its switches.
  const calendarSetting = { checksAudience: true }
  const calendarApi = createCalendarApi({
    now: clock.now,
    fetch: apiRequestsOverWire,
    checksAudience: () => calendarSetting.checksAudience,
  })
  const attackerSite = createAttackerSite(
    {
      mixUp: {
        honestAuthorizationEndpoint: `${authorizationServer.issuer}/authorize`,
        clientIds: { [PRINTSHOP_AT_MALLORY_CLIENT_ID]: PHOTO_SPA_CLIENT.clientId },
      },
    },
    saved?.attackerSite,
  )
  // The Printshop web app's site also hosts its customers' gallery (the redirect URI attack).
  const sitePages: Readonly<Record<string, Readonly<Record<string, ClientPage>>>> = {
    [PHOTO_SPA_CLIENT.clientId]: { [GALLERY_PATH]: MALLORY_GALLERY_PAGE },
  }
  const callbacks = Object.fromEntries(
    DEMO_CLIENTS.flatMap((client) =>
      client.redirectUris.map((uri) => [
        client.clientId,
        createClientCallbackRoute(uri, {
          clientName: client.clientName,
          nextStep: nextStepAt(client),
          pages: sitePages[client.clientId],
          expects: client.responseTypes.includes('code') ? 'a code' : 'a token',
          received: saved?.callbacks[client.clientId],
        }),
      ]),
    ),
  )
  const wire: Wire = createWire(
    {
      now: clock.now,
      routes: [
        {
          origin: authorizationServer.issuer,
          role: 'authorization-server',
          fetch: authorizationServer.fetch,
        },
        { origin: resourceServer.origin, role: 'resource-server', fetch: resourceServer.fetch },
        { origin: calendarApi.origin, role: 'resource-server', fetch: calendarApi.fetch },
        attackerSite,
        ...Object.values(callbacks),
      ],
    },
    saved?.wire,
  )
  const browsers = new Map<BrowserRole, Browser>()
  const makeBrowser = (role: BrowserRole, state?: unknown) =>
    createBrowser(wire, { now: clock.now, role }, state)
  for (const [role, state] of Object.entries(saved?.browsers ?? {}))
    browsers.set(role as BrowserRole, makeBrowser(role as BrowserRole, state))

  return {
    authorizationServer,
    resourceServer,
    calendarApi,
    attackerSite,
    wire,
    clock,
    callbacks,
    browser(role = 'user-agent') {
      let browser = browsers.get(role)
      if (!browser) browsers.set(role, (browser = makeBrowser(role)))
      return browser
    },
    configure({ calendarApi: calendar, photoApi, ...server }) {
      authorizationServer.configure(server)
      calendarSetting.checksAudience = calendar?.checksAudience ?? true
      resourceServer.setTokenCheck(photoApi?.tokenCheck ?? 'local-jwt')
    },
    restart() {
      authorizationServer.forgetRecords()
      wire.clear()
      for (const browser of browsers.values()) browser.reset()
      for (const callback of Object.values(callbacks)) callback.clear()
      attackerSite.clear()
    },
    snapshot: () => ({
      format: LAB_SNAPSHOT_FORMAT,
      baseTimeMs: clock.now() - clock.offsetSeconds() * 1000,
      authorizationServer: authorizationServer.snapshot(),
      resourceServer: resourceServer.snapshot(),
      wire: wire.snapshot(),
      attackerSite: attackerSite.snapshot(),
      browsers: Object.fromEntries([...browsers].map(([role, b]) => [role, b.snapshot()])),
      callbacks: Object.fromEntries(
        Object.entries(callbacks).map(([clientId, callback]) => [
          clientId,
          [...callback.received()],
        ]),
      ),
    }),
  }
}
