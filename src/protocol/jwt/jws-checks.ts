/**
 * Structural checks of a decoded JWS: the header (RFC 7515 §4.1), the claim types (RFC 7519 §4.1)
 * and the signature's presence and length (RFC 7518 §3). They need no key: they say what is wrong
 * before anyone tries to verify.
 */
import { jsonKind } from './json-segment'

/** JWS algorithms registered by RFC 7518 §3.1 and RFC 8037 §3.1, with their fixed signature size in bytes. */
export const JWS_ALGORITHMS: Record<
  string,
  { bytes?: number; minBytes?: number; family: 'HMAC' | 'RSA' | 'EC' | 'OKP' }
> = {
  HS256: { bytes: 32, family: 'HMAC' },
  HS384: { bytes: 48, family: 'HMAC' },
  HS512: { bytes: 64, family: 'HMAC' },
  RS256: { minBytes: 256, family: 'RSA' },
  RS384: { minBytes: 256, family: 'RSA' },
  RS512: { minBytes: 256, family: 'RSA' },
  PS256: { minBytes: 256, family: 'RSA' },
  PS384: { minBytes: 256, family: 'RSA' },
  PS512: { minBytes: 256, family: 'RSA' },
  ES256: { bytes: 64, family: 'EC' },
  ES384: { bytes: 96, family: 'EC' },
  ES512: { bytes: 132, family: 'EC' },
  EdDSA: { bytes: 64, family: 'OKP' },
  Ed25519: { bytes: 64, family: 'OKP' },
}

/** Header parameters this inspector understands, for `crit` (RFC 7515 §4.1.11). */
const UNDERSTOOD_CRIT = new Set(['b64'])

/** Checks the JOSE header of a JWS. RFC 7515 §4.1. */
export function checkJwsHeader(
  header: Record<string, unknown>,
  threeSegments: boolean,
  errors: string[],
  warnings: string[],
): void {
  const { alg } = header
  if (alg === undefined) {
    errors.push(
      'Header has no alg: every JWS header must name its signature algorithm (RFC 7515 §4.1.1).',
    )
  } else if (typeof alg !== 'string') {
    errors.push(`Header alg is ${jsonKind(alg)}, not a string (RFC 7515 §4.1.1).`)
  } else if (alg === 'none') {
    warnings.push(
      'Header alg is none: an unsecured JWS (RFC 7515 Appendix A.5) has no signature, so anyone could have written it; a verifier must refuse it (RFC 8725 §3.1).',
    )
  } else if (alg.toLowerCase() === 'none') {
    warnings.push(
      `Header alg is "${alg}", a case variant of none: alg values are case-sensitive (RFC 7515 §4.1.1), and libraries that compared them loosely have accepted forged tokens.`,
    )
  } else if (!JWS_ALGORITHMS[alg]) {
    warnings.push(
      `Header alg "${alg}" is not a registered JWS algorithm (RFC 7518 §3.1 and RFC 8037 §3.1 list them); no verifier will know it.`,
    )
  }
  if (threeSegments && header.enc !== undefined) {
    errors.push(
      'Header has enc, a JWE parameter (RFC 7516 §4.1.2), but this token has 3 segments; a JWE has 5.',
    )
  }
  for (const name of ['typ', 'cty', 'kid'] as const) {
    if (header[name] !== undefined && typeof header[name] !== 'string') {
      warnings.push(`Header ${name} is ${jsonKind(header[name])}, not a string (RFC 7515 §4.1).`)
    }
  }
  const { crit } = header
  if (crit !== undefined) {
    if (
      !Array.isArray(crit) ||
      crit.length === 0 ||
      !crit.every((name) => typeof name === 'string')
    ) {
      errors.push(
        'Header crit must be a non-empty array of header parameter names (RFC 7515 §4.1.11).',
      )
    } else {
      const unknown = crit.filter((name) => !UNDERSTOOD_CRIT.has(name))
      if (unknown.length > 0) {
        warnings.push(
          `Header marks ${unknown.map((name) => `"${name}"`).join(', ')} as critical; a verifier that does not understand ${unknown.length === 1 ? 'it' : 'them'} must reject the token (RFC 7515 §4.1.11).`,
        )
      }
    }
  }
}

/** Checks the types of the registered claims. RFC 7519 §4.1, NumericDate §2. */
export function checkJwsPayload(
  payload: Record<string, unknown>,
  header: Record<string, unknown> | null,
  warnings: string[],
): void {
  for (const name of ['iss', 'sub', 'jti'] as const) {
    if (payload[name] !== undefined && typeof payload[name] !== 'string') {
      warnings.push(
        `Claim ${name} is ${jsonKind(payload[name])}, not a string (RFC 7519 §4.1); verifiers will reject the token.`,
      )
    }
  }
  const { aud } = payload
  if (
    aud !== undefined &&
    typeof aud !== 'string' &&
    !(Array.isArray(aud) && aud.every((item) => typeof item === 'string'))
  ) {
    warnings.push(
      `Claim aud is ${jsonKind(aud)}; it must be a string or an array of strings (RFC 7519 §4.1.3).`,
    )
  }
  for (const name of ['exp', 'nbf', 'iat'] as const) {
    const value = payload[name]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      warnings.push(
        `Claim ${name} is ${jsonKind(value)}, not a NumericDate (a number of seconds since 1970-01-01, RFC 7519 §2); verifiers will reject it.`,
      )
    } else if (value > 1e11) {
      warnings.push(
        `Claim ${name} is ${value}, which looks like milliseconds; a NumericDate counts seconds (RFC 7519 §2), so this is far in the future.`,
      )
    }
  }
  if (typeof header?.cty === 'string' && header.cty.toUpperCase() === 'JWT') {
    warnings.push('Header cty is JWT: the payload is itself a nested JWT (RFC 7519 §5.2).')
  }
}

/** Checks that the signature is present exactly when alg needs one, with the right length. RFC 7518 §3. */
export function checkJwsSignature(
  text: string,
  signature: Uint8Array | null,
  header: Record<string, unknown> | null,
  errors: string[],
): void {
  const alg = typeof header?.alg === 'string' ? header.alg : undefined
  if (alg === 'none') {
    if (text !== '') {
      errors.push(
        'Signature is not empty, but alg none means no signature: an unsecured JWS ends with a dot and nothing after it (RFC 7515 Appendix A.5).',
      )
    }
    return
  }
  if (text === '') {
    errors.push(
      alg
        ? `Signature segment is empty, but the header says alg ${alg}: the signature was stripped, so nothing proves who wrote this token.`
        : 'Signature segment is empty: nothing proves who wrote this token.',
    )
    return
  }
  const spec = alg ? JWS_ALGORITHMS[alg] : undefined
  if (!signature || !spec || !alg) return
  if (spec.bytes !== undefined && signature.length !== spec.bytes) {
    const der =
      spec.family === 'EC' && signature[0] === 0x30
        ? ' It starts with 0x30, so it looks DER-encoded; JWS uses the raw R‖S form.'
        : ''
    const what =
      spec.family === 'EC'
        ? ` (R and S, ${spec.bytes / 2} bytes each; RFC 7518 §3.4)`
        : spec.family === 'HMAC'
          ? ' (the HMAC output size; RFC 7518 §3.2)'
          : ' (RFC 8037 §3.1)'
    errors.push(
      `Signature is ${signature.length} bytes, but ${alg} signatures are exactly ${spec.bytes} bytes${what}.${der}`,
    )
  } else if (spec.minBytes !== undefined && signature.length < spec.minBytes) {
    errors.push(
      `Signature is ${signature.length} bytes; ${alg} needs an RSA key of at least 2048 bits, whose signatures are at least ${spec.minBytes} bytes (RFC 7518 §3.3).`,
    )
  }
}
