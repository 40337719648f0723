import { decodeProtectedHeader, errors, jwtVerify } from 'jose'
import type { JWTPayload, ProtectedHeaderParameters } from 'jose'
import { UnknownKeyId } from './issuer-keys.ts'
import { IssuerUnavailable } from './issuer-metadata.ts'
import type { IssuerKeys } from './issuer-keys.ts'

/** The claims an RFC 9068 access token must carry (§2.2). */
export const REQUIRED_CLAIMS = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'] as const

export interface AccessTokenClaims extends JWTPayload {
  readonly iss: string
  readonly sub: string
  readonly client_id: string
  readonly exp: number
  readonly iat: number
  readonly jti: string
  readonly scope?: string
}

export interface VerifyOptions {
  readonly issuer: string
  /** The API's identifier, which `aud` must contain; undefined skips the check (an API that forgot it). */
  readonly audience: string | undefined
  readonly keys: IssuerKeys
  readonly algorithms: readonly string[]
  readonly now: () => number
  readonly clockToleranceSeconds: number
}

export type Verification =
  | { readonly ok: true; readonly claims: AccessTokenClaims; readonly scopes: readonly string[] }
  | {
      readonly ok: false
      readonly reason: 'invalid_token' | 'issuer_unavailable'
      readonly description: string
    }

/**
 * Validates a JWT access token the way RFC 9068 §4 tells a resource server to: `typ` at+jwt,
 * an allowed signing algorithm (never `none`), the signature against the issuer's keys, the exact
 * `iss`, an `aud` naming this API, `exp` (and `nbf`, `iat`), and the required claims of §2.2.
 * Every failure comes back with a description that says exactly which check failed.
 */
export async function verifyAccessToken(
  token: string,
  options: VerifyOptions,
): Promise<Verification> {
  const headerProblem = checkHeader(token, options.algorithms)
  if (headerProblem !== undefined) return invalid(headerProblem)
  try {
    const { payload } = await jwtVerify(token, options.keys.getKey, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: [...options.algorithms],
      typ: 'at+jwt',
      requiredClaims: [...REQUIRED_CLAIMS],
      currentDate: new Date(options.now()),
      clockTolerance: options.clockToleranceSeconds,
    })
    const claims = payload as AccessTokenClaims
    for (const name of ['sub', 'client_id', 'jti'] as const) {
      if (typeof claims[name] !== 'string')
        return invalid(`The token's ${name} claim is not a string (RFC 9068 §2.2).`)
    }
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : []
    return { ok: true, claims, scopes }
  } catch (error) {
    if (error instanceof IssuerUnavailable)
      return { ok: false, reason: 'issuer_unavailable', description: error.message }
    return invalid(describeFailure(error, token, options))
  }
}

function invalid(description: string): Verification {
  return { ok: false, reason: 'invalid_token', description }
}

/** Checks the JOSE header before any key is looked up, so each header problem has its own words. */
function checkHeader(token: string, algorithms: readonly string[]): string | undefined {
  const parts = token.split('.').length
  if (parts === 5)
    return 'The token is an encrypted JWT (JWE); this API only accepts signed access tokens (RFC 9068 §2.1).'
  let header: ProtectedHeaderParameters
  try {
    if (parts !== 3) throw new Error('not three parts')
    header = decodeProtectedHeader(token)
  } catch {
    return 'The access token is not a JWT: expected three base64url parts separated by dots, the first a JSON header (RFC 7519 §7.2).'
  }
  const { alg, typ } = header
  if (alg === undefined || alg.toLowerCase() === 'none') {
    return `The token's header says alg ${alg ?? '(missing)'}: an unsigned token proves nothing, and RFC 9068 §2.1 forbids alg none for access tokens.`
  }
  if (!algorithms.includes(alg)) {
    return `The token is signed with ${alg}, but this API accepts only ${algorithms.join(', ')} from its issuer: an allow-list stops algorithm-confusion attacks (RFC 8725 §3.1).`
  }
  if (typ === undefined) {
    return 'The token has no typ header: an RFC 9068 access token says typ at+jwt, which is how the API tells it from an ID token (RFC 9068 §2.1, §4).'
  }
  const normalized = typ.toLowerCase().replace(/^application\//, '')
  if (normalized === 'jwt') {
    return `The token's typ is ${typ}, not at+jwt: an ID token is not an access token (RFC 9068 §5).`
  }
  if (normalized !== 'at+jwt') return `The token's typ is ${typ}, not at+jwt (RFC 9068 §2.1, §4).`
  return undefined
}

/** Turns a jose verification error into a sentence a learner can act on. */
function describeFailure(error: unknown, token: string, options: VerifyOptions): string {
  const now = Math.floor(options.now() / 1000)
  if (error instanceof errors.JWKSNoMatchingKey) {
    const { kid } = decodeProtectedHeader(token)
    const where = options.keys.jwksUri() ?? "the issuer's key set"
    const notSigned = `${options.issuer} did not sign this token (OIDC Core §10.1.1).`
    if (!(error instanceof UnknownKeyId) || error.when === 'refetched')
      return `No key with kid ${kid ?? '(none)'} is in ${where}, even after fetching it again: ${notSigned}`
    if (error.when === 'fetched')
      return `No key with kid ${kid ?? '(none)'} is in ${where}, fetched just now: ${notSigned}`
    return `No key with kid ${kid ?? '(none)'} is in ${where} as the API fetched it ${Math.round(error.fetchedSecondsAgo)} seconds ago. An unknown kid makes the API fetch the keys again at most once every ${error.cooldownSeconds} seconds (so forged kids cannot flood the issuer), so a key the issuer added since is not seen yet; otherwise ${notSigned}`
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return `The token's signature does not verify with ${options.issuer}'s key: its header or claims were changed after signing, or another key signed it (RFC 7515 §5.2).`
  }
  if (error instanceof errors.JWTExpired) {
    const exp = error.payload.exp
    return typeof exp === 'number'
      ? `The access token expired at ${instant(exp)} (it is now ${instant(now)}); the client needs a new one.`
      : 'The access token has expired; the client needs a new one.'
  }
  if (error instanceof errors.JWTClaimValidationFailed) return describeClaim(error, options, now)
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return `The access token is not a well-formed JWT: ${error.message} (RFC 7519 §7.2).`
  }
  if (error instanceof errors.JOSEError)
    return `The access token could not be verified: ${error.message}.`
  return `The access token could not be verified: ${error instanceof Error ? error.message : String(error)}.`
}

function describeClaim(
  error: InstanceType<typeof errors.JWTClaimValidationFailed>,
  options: VerifyOptions,
  now: number,
): string {
  const { claim, reason, payload } = error
  if (reason === 'missing') return `The token lacks the required claim ${claim} (RFC 9068 §2.2).`
  if (reason === 'invalid')
    return `The token's ${claim} claim has the wrong type: ${error.message} (RFC 7519 §4.1).`
  switch (claim) {
    case 'iss':
      return `The token was issued by ${String(payload.iss)}, but this API only trusts ${options.issuer} (RFC 9068 §4).`
    case 'aud':
      return `The token is for ${audienceText(payload.aud)}, not ${options.audience}: access tokens are restricted to the API they were issued for (RFC 9068 §4, RFC 9700 §2.3).`
    case 'nbf':
      return `The token is not valid before ${instant(Number(payload.nbf))} (it is now ${instant(now)}) (RFC 7519 §4.1.5).`
    case 'typ':
      return 'The token is not typed at+jwt (RFC 9068 §2.1, §4).'
    default:
      return `The token's ${claim} claim failed validation: ${error.message}.`
  }
}

function audienceText(aud: unknown): string {
  if (Array.isArray(aud)) return `the audiences ${aud.join(', ')}`
  return `the audience ${String(aud)}`
}

/** Seconds since the epoch as ISO 8601 UTC without milliseconds, e.g. 2026-11-28T16:35:00Z. */
export function instant(seconds: number): string {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z')
}
