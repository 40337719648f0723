import { expect } from 'vitest'
import { encodeClientSecretBasic } from '../../protocol/client-secret-basic.ts'
import { PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../protocol/demo-world.ts'
import { isValidErrorText } from '../../protocol/oauth-error.ts'
import { computeCodeChallenge, createCodeVerifier } from '../../protocol/pkce.ts'
import {
  createAuthorizationServer,
  type AuthorizationServer,
  type AuthorizationServerOptions,
} from '../index.ts'
import { runAuthorization, type AuthorizationRun } from './run-authorization.ts'

/** 2026-01-01T12:00:00Z: the fixed start of every test clock. */
export const FIXED_NOW = Date.UTC(2026, 0, 1, 12, 0, 0)

/** A server on a fixed clock (advance it with server.clock.advance). */
export function createTestServer(options: AuthorizationServerOptions = {}): AuthorizationServer {
  return createAuthorizationServer({ now: () => FIXED_NOW, ...options })
}

/** POSTs a form to the token endpoint (or another path), optionally with client_secret_basic. */
export function postForm(
  server: Pick<AuthorizationServer, 'issuer' | 'fetch'>,
  body: Record<string, string>,
  options: { path?: string; basic?: [string, string]; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    ...options.headers,
  })
  if (options.basic) headers.set('authorization', encodeClientSecretBasic(...options.basic))
  return server.fetch(
    new Request(`${server.issuer}${options.path ?? '/token'}`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(body),
    }),
  )
}

/**
 * Asserts a JSON error response from a token-style endpoint (RFC 6749 §5.2): the status,
 * Cache-Control: no-store, the error code, a readable error_description, and that the
 * description matches `description` when one is given.
 */
export async function expectJsonError(
  response: Response,
  status: number,
  error: string,
  description?: RegExp,
): Promise<void> {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = await response.json()
  expect(body.error).toBe(error)
  expect(isValidErrorText(body.error_description)).toBe(true)
  if (description) expect(body.error_description).toMatch(description)
}

export interface CodeRun extends AuthorizationRun {
  code: string
  verifier: string
  params: Record<string, string>
}

/** Authorization request parameters for a demo client, with a fresh PKCE pair. */
export async function authorizationParams(
  clientId: 'printshop' | 'photo-spa',
  extra: Record<string, string> = {},
) {
  const verifier = createCodeVerifier()
  const redirectUri =
    clientId === 'printshop' ? PRINTSHOP_CLIENT.redirectUri : PHOTO_SPA_CLIENT.redirectUri
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'openid profile photos.read',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: await computeCodeChallenge(verifier, 'S256'),
    code_challenge_method: 'S256',
    ...extra,
  }
  for (const [name, value] of Object.entries(params)) if (value === '') delete params[name]
  return { verifier, params }
}

/** Runs login and consent as Alice and returns the code (throws when none came back). */
export async function obtainCode(
  server: AuthorizationServer,
  clientId: 'printshop' | 'photo-spa' = 'photo-spa',
  extra: Record<string, string> = {},
): Promise<CodeRun> {
  const { verifier, params } = await authorizationParams(clientId, extra)
  const run = await runAuthorization(server, params)
  const code = run.callback?.get('code')
  if (!code)
    throw new Error(`no code: ${run.page.status} ${run.page.url} ${run.page.body.slice(0, 300)}`)
  return { ...run, code, verifier, params }
}

/** Redeems a code for the demo client as its registration requires (Basic for printshop). */
export function redeemCode(
  server: AuthorizationServer,
  run: CodeRun,
  extra: Record<string, string> = {},
): Promise<Response> {
  const clientId = run.params.client_id
  const body: Record<string, string> = {
    grant_type: 'authorization_code',
    code: run.code,
    redirect_uri: run.params.redirect_uri ?? '',
    code_verifier: run.verifier,
    ...extra,
  }
  for (const [name, value] of Object.entries(body)) if (value === '') delete body[name]
  if (clientId === PRINTSHOP_CLIENT.clientId)
    return postForm(server, body, {
      basic: [PRINTSHOP_CLIENT.clientId, PRINTSHOP_CLIENT.clientSecret],
    })
  return postForm(server, { ...body, client_id: clientId ?? '' })
}
