/**
 * jose's error codes turned into sentences a learner can act on. jose says what failed; these say
 * why, and which rule it breaks (RFC 7515, RFC 7519, RFC 8725).
 */
import { formatNumericDate } from './time'

interface JoseLikeError {
  code?: unknown
  message?: unknown
  claim?: unknown
  reason?: unknown
  payload?: unknown
}

/** A sentence for an error thrown by jose's verify functions; `alg` is the token's header alg. */
export function explainJoseError(error: unknown, alg: string): { code: string; sentence: string } {
  const e = (error ?? {}) as JoseLikeError
  const code = typeof e.code === 'string' ? e.code : 'UNKNOWN'
  const message = typeof e.message === 'string' ? e.message : String(error)
  const payload = (e.payload ?? {}) as Record<string, unknown>
  const claim = typeof e.claim === 'string' ? e.claim : ''
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return {
        code,
        sentence:
          'Signature mismatch: this signature was not made over this header and payload with this key. Either the token was changed after it was signed, or a different key signed it.',
      }
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return {
        code,
        sentence: `No key in the key set fits this token: none has its kid and a type that fits ${alg}.`,
      }
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return {
        code,
        sentence:
          'Several keys in the key set match this token, and none of them verified the signature.',
      }
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return {
        code,
        sentence: `Algorithm not allowed: ${alg} is not among the algorithms this verifier accepts (RFC 8725 §3.1).`,
      }
    case 'ERR_JWT_EXPIRED':
      if (claim === 'iat')
        return {
          code,
          sentence: 'Too old: the token was issued longer ago than the verifier accepts.',
        }
      return {
        code,
        sentence: `Expired at ${typeof payload.exp === 'number' ? formatNumericDate(payload.exp) : 'its exp'}: the token's lifetime is over (RFC 7519 §4.1.4).`,
      }
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return { code, sentence: claimSentence(claim, e.reason, payload) }
    case 'ERR_JOSE_NOT_SUPPORTED':
      return {
        code,
        sentence: `Not supported: ${message}. The verifier cannot check this token, so it must refuse it.`,
      }
    case 'ERR_JWS_INVALID':
      return { code, sentence: `Not a well-formed JWS: ${message} (RFC 7515 §5.2).` }
    case 'ERR_JWT_INVALID':
      return { code, sentence: `Not a JWT: ${message} (RFC 7519 §7.2).` }
    case 'ERR_JWK_INVALID':
    case 'ERR_JWKS_INVALID':
      return { code, sentence: `The key is unusable: ${message} (RFC 7517).` }
    default:
      if (error instanceof TypeError)
        return { code: 'TypeError', sentence: `The key cannot be used with ${alg}: ${message}.` }
      return { code, sentence: `Verification failed: ${message}.` }
  }
}

function claimSentence(claim: string, reason: unknown, payload: Record<string, unknown>): string {
  if (reason === 'missing')
    return `Missing claim: the token has no "${claim}", which the verifier requires.`
  if (reason === 'invalid') return `The "${claim}" claim has the wrong type (RFC 7519 §4.1).`
  switch (claim) {
    case 'iss':
      return `Wrong issuer: iss is ${JSON.stringify(payload.iss)}, not the issuer this verifier trusts.`
    case 'aud':
      return `Wrong audience: aud is ${JSON.stringify(payload.aud)}, which does not include this recipient.`
    case 'nbf':
      return `Not yet valid: nbf is ${typeof payload.nbf === 'number' ? formatNumericDate(payload.nbf) : 'in the future'} (RFC 7519 §4.1.5).`
    case 'typ':
      return 'Wrong type: the header typ is not the type this verifier expects (RFC 8725 §3.11).'
    case 'iat':
      return "Issued in the future: iat is after the verifier's current time."
    case 'sub':
      return `Wrong subject: sub is ${JSON.stringify(payload.sub)}.`
    default:
      return `The "${claim}" claim failed its check.`
  }
}
