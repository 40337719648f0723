/** How Mallory's authorization server bounces a client's request to the honest one. */
export interface MixUpOptions {
  /** The honest server's authorization endpoint, where she sends the browser on. */
  readonly honestAuthorizationEndpoint: string
  /** Each client's id at her server, and its id at the honest one (both public knowledge). */
  readonly clientIds: Readonly<Record<string, string>>
}

function json(status: number, body: unknown): Response {
  return new Response(`${JSON.stringify(body)}\n`, {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
}

/**
 * The authorization server of the mix-up attack (RFC 9700 §4.4.1), at Mallory's origin: clients
 * know it by its metadata (RFC 8414 §3); its authorization endpoint sends the browser straight on
 * to the honest server's, with the client's id there instead of its id here (step 3 of §4.4.1);
 * its token endpoint keeps whatever a client sends it (the honest server's code, and the PKCE
 * verifier with it) and answers with an ordinary error (RFC 6749 §5.2), so the client just asks
 * the user to try again.
 */
export function mixUpAuthorizationServer(issuer: string, options: MixUpOptions) {
  return {
    async answer(method: string, url: URL, body: string | null): Promise<Response | undefined> {
      if (url.pathname === '/.well-known/oauth-authorization-server')
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
        })
      if (url.pathname === '/authorize' && method === 'GET') {
        const honest = new URL(options.honestAuthorizationEndpoint)
        honest.search = url.search
        const theirs = options.clientIds[url.searchParams.get('client_id') ?? '']
        if (theirs !== undefined) honest.searchParams.set('client_id', theirs)
        return new Response(null, { status: 303, headers: { Location: honest.href } })
      }
      if (url.pathname === '/token' && method === 'POST' && body !== null)
        return json(400, {
          error: 'invalid_grant',
          error_description: 'This code has expired. Please sign in again.',
        })
      return undefined
    },
  }
}
