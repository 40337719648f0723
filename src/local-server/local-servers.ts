import {
  createAuthorizationServer,
  type AuthorizationServer,
  type ServerProfile,
} from '../auth-server/index.ts'
import { PHOTO_API_CLIENT } from '../protocol/demo-world.ts'
import {
  createResourceServer,
  type ResourceServer,
  type TokenCheck,
} from '../resource-server/index.ts'
import { listen, type ListeningServer } from './node-adapter.ts'

export interface LocalServersOptions {
  /** Interface to listen on; default 127.0.0.1, so only this machine can reach the demo servers. */
  host?: string
  /** Host name in the URLs (issuer, audience); default localhost. */
  publicHost?: string
  /** Default 9000; 0 picks a free port. */
  authPort?: number
  /** Default 9001; 0 picks a free port. */
  apiPort?: number
  profile?: ServerProfile
  /** Milliseconds since the epoch; default Date.now. */
  now?: () => number
  /** How the photo API checks tokens; default 'local-jwt' (see TokenCheck). */
  tokenCheck?: TokenCheck
}

/** The authorization server and the photo API, listening on localhost. */
export interface LocalServers {
  /** The issuer, e.g. http://localhost:9000. */
  authUrl: string
  /** The photo API and the `aud` of its access tokens, e.g. http://localhost:9001. */
  apiUrl: string
  authorizationServer: AuthorizationServer
  resourceServer: ResourceServer
  close(): Promise<void>
}

/**
 * Serves the same handlers the app runs in the browser over real HTTP (issue 3 §6): the
 * authorization server with its localhost URL as issuer (RFC 8414 §2), and the photo API, which
 * accepts only that issuer's tokens for its own localhost audience (RFC 9068 §4). The API reads
 * the issuer's metadata and keys in-process, through the authorization server's handler, and
 * shares its clock.
 */
export async function startLocalServers(options: LocalServersOptions = {}): Promise<LocalServers> {
  const host = options.host ?? '127.0.0.1'
  const publicHost = options.publicHost ?? 'localhost'
  // The handlers need the ports, which are known only once both servers listen.
  const ready: { as?: AuthorizationServer; rs?: ResourceServer } = {}
  let authUrl = ''
  let apiUrl = ''
  const notReady = () =>
    Promise.resolve(new Response('starting', { status: 503, headers: { 'retry-after': '1' } }))
  const auth: ListeningServer = await listen((request) => ready.as?.fetch(request) ?? notReady(), {
    host,
    port: options.authPort ?? 9000,
    origin: () => authUrl,
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  })
  let api: ListeningServer
  try {
    api = await listen((request) => ready.rs?.fetch(request) ?? notReady(), {
      host,
      port: options.apiPort ?? 9001,
      origin: () => apiUrl,
      methods: ['GET', 'HEAD', 'OPTIONS'],
    })
  } catch (error) {
    await auth.close()
    throw error
  }
  authUrl = `http://${publicHost}:${auth.port}`
  apiUrl = `http://${publicHost}:${api.port}`
  const as = createAuthorizationServer({
    issuer: authUrl,
    audience: apiUrl,
    profile: options.profile,
    now: options.now,
  })
  // The API's discovery insists on https endpoints; on loopback http we name them directly.
  const rs = createResourceServer({
    fetch: (request) => as.fetch(request),
    issuer: authUrl,
    audience: apiUrl,
    origin: apiUrl,
    jwksUri: `${authUrl}/jwks`,
    now: () => as.clock.now(),
    tokenCheck: options.tokenCheck,
    introspection: {
      clientId: PHOTO_API_CLIENT.clientId,
      clientSecret: PHOTO_API_CLIENT.clientSecret,
      endpoint: `${authUrl}/introspect`,
    },
  })
  ready.as = as
  ready.rs = rs
  return {
    authUrl,
    apiUrl,
    authorizationServer: as,
    resourceServer: rs,
    close: async () => {
      await Promise.all([auth.close(), api.close()])
    },
  }
}
