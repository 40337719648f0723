import type { ServerContext } from '../context.ts'
import type { PendingAuthorization, SessionRecord } from '../store/records.ts'
import type { ResponseTypeDefinition } from './response-type-definition.ts'

/**
 * response_type=code (RFC 6749 §4.1.2): a fresh, single-use code that lives
 * `lifetimes.authorizationCode` seconds, bound to the client, the redirect URI, the PKCE challenge
 * (RFC 7636 §4.4) and the nonce, and never revealing the challenge.
 */
export const codeResponseType: ResponseTypeDefinition = {
  responseType: 'code',
  mode: 'query',
  profiles: ['oauth2.1', 'rfc6749'],
  async respond(ctx: ServerContext, request: PendingAuthorization, session: SessionRecord) {
    const code = ctx.store.newId(32)
    ctx.store.codes.set(code, {
      code,
      clientId: request.clientId,
      sub: session.sub,
      redirectUri: request.redirectUri,
      redirectUriSent: request.redirectUriSent,
      scope: request.scope,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      nonce: request.nonce,
      authTime: session.authTime,
      authTimeRequired: request.maxAge !== undefined,
      expiresAt: ctx.clock.nowSeconds() + ctx.options.lifetimes.authorizationCode,
      used: false,
    })
    return { code }
  },
}
