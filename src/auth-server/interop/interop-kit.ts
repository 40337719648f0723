import * as client from 'openid-client'
import { createLocalJWKSet, jwtVerify, type JWTVerifyResult } from 'jose'
import { API_AUDIENCE, DEMO_USER } from '../../protocol/demo-world.ts'
import {
  createAuthorizationServer,
  type AuthorizationServer,
  type AuthorizationServerOptions,
} from '../index.ts'
import {
  createBrowserClient,
  type BrowserClient,
  type BrowserPage,
} from '../testing/browser-client.ts'

/**
 * Helpers for driving our authorization server with openid-client v6, an OpenID-certified
 * relying party, through its `customFetch` option: every request it makes goes straight into the
 * server's Fetch-API handler.
 */

/**
 * A server whose clock reads `Date.now()` at each call, so that openid-client (which checks ID
 * token times against Date.now) and the server agree, and so that Vitest's fake timers move both.
 */
export function createInteropServer(options: AuthorizationServerOptions = {}): AuthorizationServer {
  return createAuthorizationServer({ now: () => Date.now(), ...options })
}

/** The customFetch openid-client calls: one Request into the handler. */
export function handlerFetch(server: Pick<AuthorizationServer, 'fetch'>): client.CustomFetch {
  return (url, options) =>
    server.fetch(
      new Request(url, {
        method: options.method,
        headers: options.headers,
        body: options.body as BodyInit | null | undefined,
        redirect: options.redirect,
        signal: options.signal,
      }),
    )
}

export type ClientAuthKind = 'basic' | 'post' | 'none'

/** Discovers the server (OIDC Discovery §4) and returns a Configuration for one client. */
export function discover(
  server: Pick<AuthorizationServer, 'issuer' | 'fetch'>,
  clientId: string,
  auth: { kind: ClientAuthKind; secret?: string } = { kind: 'none' },
  metadata: Partial<client.ClientMetadata> = {},
): Promise<client.Configuration> {
  const clientAuth =
    auth.kind === 'basic'
      ? client.ClientSecretBasic(auth.secret)
      : auth.kind === 'post'
        ? client.ClientSecretPost(auth.secret)
        : client.None()
  return client.discovery(new URL(server.issuer), clientId, metadata, clientAuth, {
    [client.customFetch]: handlerFetch(server),
  })
}

/** A browser on the issuer's origin: follows redirects, keeps cookies, submits forms. */
export function issuerBrowser(server: AuthorizationServer): BrowserClient {
  const origin = new URL(server.issuer).origin
  return createBrowserClient(
    (request) => server.fetch(request),
    (url) => url.origin === origin,
  )
}

/**
 * Opens an authorization URL in the browser and, as a user would, signs in on the login form and
 * presses a button on the consent form. Returns the last page; `redirectedTo` is the callback.
 */
export async function signInAndConsent(
  browser: BrowserClient,
  url: URL | string,
  options: { username?: string; password?: string; decision?: 'approve' | 'deny' } = {},
): Promise<BrowserPage> {
  let page = await browser.open(url.toString())
  if (page.status === 200 && new URL(page.url).pathname.endsWith('/login')) {
    page = await browser.submit(page, {
      username: options.username ?? DEMO_USER.username,
      password: options.password ?? DEMO_USER.password,
    })
  }
  if (page.status === 200 && new URL(page.url).pathname.endsWith('/consent')) {
    page = await browser.submit(
      page,
      {},
      { name: 'decision', value: options.decision ?? 'approve' },
    )
  }
  return page
}

/** The JWK Set as a client gets it: GET jwks_uri from the discovery metadata. */
export async function fetchJwks(server: AuthorizationServer, config: client.Configuration) {
  const jwksUri = config.serverMetadata().jwks_uri
  if (!jwksUri) throw new Error('discovery metadata has no jwks_uri')
  const response = await server.fetch(new Request(jwksUri))
  return createLocalJWKSet(await response.json())
}

/** Verifies an RFC 9068 access token with jose against /jwks: typ at+jwt, iss, aud = the API. */
export async function verifyAccessToken(
  server: AuthorizationServer,
  config: client.Configuration,
  token: string,
): Promise<JWTVerifyResult> {
  return jwtVerify(token, await fetchJwks(server, config), {
    typ: 'at+jwt',
    issuer: server.issuer,
    audience: API_AUDIENCE,
    algorithms: ['ES256', 'RS256'],
  })
}
