import { API_AUDIENCE, ISSUER } from '../../protocol/demo-world'
import type { TokenContext, TokenKind } from '../../protocol/jwt/token-context'

/** What the verifier expects of a token: the values a real recipient would be configured with. */
export interface Expectations {
  issuer: string
  audience: string
  typ: string
}

/**
 * The expectations a recipient of this token would have. From the flow's context when there is
 * one; else a token that says it is an access token (typ at+jwt) is checked as the photo API
 * would, if it names the lab as issuer (another issuer's token is not the photo API's to judge:
 * only typ is expected); else nothing is assumed and the learner fills them in.
 */
export function defaultExpectations(
  context: TokenContext,
  header: Record<string, unknown> | null,
  payload?: Record<string, unknown> | null,
): Expectations {
  const kind = effectiveKind(context, header)
  if (kind === 'access_token' && !context.kind && payload && payload.iss !== ISSUER)
    return { issuer: '', audience: '', typ: 'at+jwt' }
  if (kind === 'access_token') {
    return {
      issuer: context.issuer ?? ISSUER,
      audience: context.audience ?? API_AUDIENCE,
      typ: 'at+jwt',
    }
  }
  if (kind === 'id_token')
    return { issuer: context.issuer ?? ISSUER, audience: context.clientId ?? '', typ: '' }
  return { issuer: context.issuer ?? '', audience: '', typ: '' }
}

/** The kind the context names, or, for a JWT that declares typ at+jwt, an access token. */
export function effectiveKind(
  context: TokenContext,
  header: Record<string, unknown> | null,
): TokenKind | undefined {
  if (context.kind) return context.kind
  if (typeof header?.typ === 'string' && /^(application\/)?at\+jwt$/i.test(header.typ))
    return 'access_token'
  return undefined
}
