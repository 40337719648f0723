import type { ServerClock } from './clock.ts'
import type { ResolvedOptions } from './options.ts'
import type { Registry } from './registry/registry.ts'
import type { ServerStore } from './store/server-store.ts'
import type { KeyStore } from './tokens/key-store.ts'

/** Everything a handler needs, built once per server instance and passed to every endpoint. */
export interface ServerContext {
  options: ResolvedOptions
  issuer: string
  clock: ServerClock
  registry: Registry
  store: ServerStore
  keys: KeyStore
  /** Absolute URL of one of this server's paths, e.g. endpointUrl('/token'). */
  endpointUrl(path: string): string
  /** Metadata name -> URL for every routed endpoint that has one (token_endpoint, jwks_uri, ...). */
  endpointUrls: Readonly<Record<string, string>>
}

/** A handler of one method on one path. Handlers may throw; the server turns that into a 500. */
export type EndpointHandler = (request: Request, ctx: ServerContext, url: URL) => Promise<Response>
