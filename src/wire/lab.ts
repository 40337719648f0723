import { createAuthorizationServer } from '../auth-server/index.ts'
import type {
  AuthorizationServer,
  AuthorizationServerOptions,
  ServerClock,
} from '../auth-server/index.ts'
import { PHOTO_API_CLIENT, PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../protocol/demo-world.ts'
import { createResourceServer } from '../resource-server/index.ts'
import type { ResourceServer } from '../resource-server/index.ts'
import { createBrowser } from './browser.ts'
import type { Browser } from './browser.ts'
import { createClientCallbackRoute } from './client-callback.ts'
import type { ClientCallbackRoute } from './client-callback.ts'
import { createWire } from './wire.ts'
import type { Wire } from './wire.ts'

export interface LabOptions {
  /** The lab's base clock in ms; the authorization server's clock adds its fast-forward offset. Default Date.now. */
  readonly now?: () => number
  /** Anything else for the authorization server: profile, defences, lifetimes, random. */
  readonly authorizationServer?: Omit<AuthorizationServerOptions, 'now'>
}

export interface Lab {
  readonly authorizationServer: AuthorizationServer
  readonly resourceServer: ResourceServer
  readonly wire: Wire
  /** The one clock of the lab (the authorization server's): tokens, codes, cookies and records all read it. */
  readonly clock: ServerClock
  /** The client front ends at the two registered redirect URIs' origins. */
  readonly callbacks: { readonly printshop: ClientCallbackRoute; readonly spa: ClientCallbackRoute }
  /** Alice's browser: every request it makes crosses the wire as user-agent, front channel. */
  readonly browser: Browser
  /** Starts a flow afresh: forgets exchanges, the browser's cookies and page, and received callbacks. Servers and keys stay. */
  restart(): void
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
 * resource-server → authorization-server, back channel), the client callback pages, Alice's browser, and the wire that joins and records them.
 * The flow player and the token inspector share it, so every token verifies against one JWKS.
 */
export function createLab(options: LabOptions = {}): Lab {
  const authorizationServer = createAuthorizationServer({
    ...options.authorizationServer,
    now: options.now,
  })
  const clock = authorizationServer.clock
  const resourceServer = createResourceServer({
    now: clock.now,
    // The API's own credentials, so a flow can switch it to introspection (setTokenCheck).
    introspection: {
      clientId: PHOTO_API_CLIENT.clientId,
      clientSecret: PHOTO_API_CLIENT.clientSecret,
    },
    fetch: (request) =>
      wire.send(request, {
        from: 'resource-server',
        channel: 'back',
        label: resourceServerLabel(new URL(request.url).pathname),
      }),
  })
  const callbacks = {
    printshop: createClientCallbackRoute(PRINTSHOP_CLIENT.redirectUri),
    spa: createClientCallbackRoute(PHOTO_SPA_CLIENT.redirectUri),
  }
  const wire: Wire = createWire({
    now: clock.now,
    routes: [
      {
        origin: authorizationServer.issuer,
        role: 'authorization-server',
        fetch: authorizationServer.fetch,
      },
      { origin: resourceServer.origin, role: 'resource-server', fetch: resourceServer.fetch },
      callbacks.printshop,
      callbacks.spa,
    ],
  })
  const browser = createBrowser(wire, { now: clock.now })

  return {
    authorizationServer,
    resourceServer,
    wire,
    clock,
    callbacks,
    browser,
    restart() {
      wire.clear()
      browser.reset()
      callbacks.printshop.clear()
      callbacks.spa.clear()
    },
  }
}
