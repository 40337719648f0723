import type { EndpointHandler } from './context.ts'
import { authorizeEndpoint } from './endpoints/authorize.ts'
import { consentEndpoint } from './endpoints/consent.ts'
import { deviceAuthorizationEndpoint } from './device/device-authorization.ts'
import { deviceConsentEndpoint, deviceLoginEndpoint } from './device/device-interaction.ts'
import { deviceEndpoint } from './device/device-verification.ts'
import { discoveryEndpoint, jwksEndpoint } from './endpoints/discovery.ts'
import { introspectEndpoint } from './endpoints/introspect.ts'
import { loginEndpoint } from './endpoints/login.ts'
import { revokeEndpoint } from './endpoints/revoke.ts'
import { tokenEndpoint } from './endpoints/token.ts'
import { userinfoEndpoint } from './endpoints/userinfo.ts'

export type HttpMethod = 'GET' | 'POST'

export interface Route {
  /** Path below the issuer, e.g. '/token'. */
  path: string
  /** Its name in the discovery metadata (RFC 8414 §2), if it is listed there. */
  metadata?: string
  handlers: Partial<Record<HttpMethod, EndpointHandler>>
  /**
   * Readable from other origins (CORS), so a browser app can call it directly: discovery, keys
   * and the back-channel endpoints. Never the authorization endpoint or its pages (RFC 9700 §2.6).
   */
  cors?: true
}

/** The methods a route takes, for Allow: its handlers, and HEAD wherever GET is (RFC 9110 §9.1). */
export function allowedMethods(route: Route): string[] {
  const methods = Object.keys(route.handlers)
  return methods.includes('GET') ? ['GET', 'HEAD', ...methods.filter((m) => m !== 'GET')] : methods
}

/**
 * Every path the server answers. Any other path is a 404 JSON error, any other method a 405 with
 * Allow; HEAD is answered wherever GET is. To add an endpoint (for example /device_authorization with metadata
 * `device_authorization_endpoint`, and the /device page), add a line here: discovery lists it.
 */
export const ROUTES: readonly Route[] = [
  { path: '/.well-known/openid-configuration', cors: true, handlers: { GET: discoveryEndpoint } },
  {
    path: '/.well-known/oauth-authorization-server',
    cors: true,
    handlers: { GET: discoveryEndpoint },
  },
  { path: '/jwks', metadata: 'jwks_uri', cors: true, handlers: { GET: jwksEndpoint } },
  {
    path: '/authorize',
    metadata: 'authorization_endpoint',
    handlers: { GET: authorizeEndpoint, POST: authorizeEndpoint },
  },
  { path: '/login', handlers: { GET: loginEndpoint, POST: loginEndpoint } },
  { path: '/consent', handlers: { GET: consentEndpoint, POST: consentEndpoint } },
  { path: '/token', metadata: 'token_endpoint', cors: true, handlers: { POST: tokenEndpoint } },
  {
    path: '/introspect',
    metadata: 'introspection_endpoint',
    handlers: { POST: introspectEndpoint },
  },
  {
    path: '/revoke',
    metadata: 'revocation_endpoint',
    cors: true,
    handlers: { POST: revokeEndpoint },
  },
  {
    path: '/device_authorization',
    metadata: 'device_authorization_endpoint',
    cors: true,
    handlers: { POST: deviceAuthorizationEndpoint },
  },
  { path: '/device', handlers: { GET: deviceEndpoint, POST: deviceEndpoint } },
  { path: '/device/login', handlers: { GET: deviceLoginEndpoint, POST: deviceLoginEndpoint } },
  {
    path: '/device/consent',
    handlers: { GET: deviceConsentEndpoint, POST: deviceConsentEndpoint },
  },
  {
    path: '/userinfo',
    metadata: 'userinfo_endpoint',
    cors: true,
    handlers: { GET: userinfoEndpoint, POST: userinfoEndpoint },
  },
]
