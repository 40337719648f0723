import * as oauth from 'oauth4webapi'

/** A token endpoint's answer as the client understood it: plain data, kept in machine context. */
export type TokenResult =
  | {
      ok: true
      accessToken: string
      /** Lower-cased by the client library (RFC 6749 §5.1: case-insensitive). */
      tokenType: string
      expiresIn?: number
      scope?: string
      refreshToken?: string
      idToken?: string
      /** The ID token's claims, when the library validated one (OIDC Core §3.1.3.7). */
      idTokenClaims?: Record<string, unknown>
    }
  | {
      ok: false
      status: number
      /** The OAuth error code (RFC 6749 §5.2), or what the client library refused. */
      error: string
      errorDescription?: string
    }

export type TokenFailure = Extract<TokenResult, { ok: false }>

/**
 * Turns what oauth4webapi threw into a failure a learner can read: the server's own error and
 * error_description (RFC 6749 §5.2), or the check the library refused the response for.
 */
export async function describeClientError(error: unknown): Promise<TokenFailure> {
  if (error instanceof oauth.ResponseBodyError)
    return {
      ok: false,
      status: error.status,
      error: error.error,
      errorDescription: error.error_description,
    }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // A 401 with a challenge (invalid_client over Basic, RFC 6749 §5.2): the body still says why.
    const body = (await error.response.json().catch(() => ({}))) as Record<string, unknown>
    const challenge = error.cause[0]?.parameters
    return {
      ok: false,
      status: error.response.status,
      error: String(body.error ?? challenge?.error ?? 'unauthorized'),
      errorDescription:
        typeof body.error_description === 'string'
          ? body.error_description
          : challenge?.error_description,
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    ok: false,
    status: 0,
    error: 'refused by the client',
    errorDescription: `oauth4webapi refused the response: ${message}.`,
  }
}

/** Runs one token request and reads its answer; every failure becomes a TokenFailure. */
export async function tokenResult(
  run: () => Promise<oauth.TokenEndpointResponse>,
): Promise<TokenResult> {
  try {
    const body = await run()
    const claims = oauth.getValidatedIdTokenClaims(body)
    return {
      ok: true,
      accessToken: body.access_token,
      tokenType: body.token_type,
      expiresIn: body.expires_in,
      scope: body.scope,
      refreshToken: body.refresh_token,
      idToken: body.id_token,
      ...(claims ? { idTokenClaims: { ...claims } } : {}),
    }
  } catch (error) {
    return describeClientError(error)
  }
}
