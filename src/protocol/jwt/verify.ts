/**
 * Verifying a JWS with jose, step by step, so that a failure says exactly why: the structure, the
 * algorithm (never none, RFC 7515 Appendix A.5, RFC 8725 §3.1), the key (kid, RFC 7515 §4.1.4; type),
 * the signature (RFC 7515 §5.2), then the claims (RFC 7519 §7.2, RFC 9068 §4).
 */
import { describeJweKeyManagement } from './jwe-key-management'
import { compactVerify, importJWK, jwtVerify, type JWK } from 'jose'
import { claimSteps, type ClaimExpectations, type VerifyStep } from './claim-steps'
import { decodeToken, type TokenDecode } from './decode'
import { explainJoseError } from './jose-errors'
import {
  algorithmsForKey,
  describeKey,
  keyFitsAlg,
  keyNeededFor,
  VERIFIABLE_ALGORITHMS,
} from './key-fit'
import type { VerificationKeys } from './keys'
import { rfc } from './spec-ref'
import { formatNumericDate } from './time'

export interface VerifyOptions extends ClaimExpectations {
  /** Algorithms the verifier accepts. Default: for a key set, those its keys fit; for one key, any that fits it. */
  algorithms?: string[]
}

export interface VerifyResult {
  valid: boolean
  /** One sentence: why the token is valid, or the first reason it is not. */
  summary: string
  steps: VerifyStep[]
  /** The key that verified the signature. */
  usedKey?: JWK
  /** jose's error code for the first failure, when jose produced one. */
  joseCode?: string
}

/** Verifies `token` against `keys` under `options`. Never throws. */
export async function verifyToken(
  token: string,
  keys: VerificationKeys,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const decoded = decodeToken(token)
  const steps: VerifyStep[] = []
  const done = (usedKey?: JWK): VerifyResult => finish(steps, options, usedKey)

  const structure = structureProblem(decoded)
  if (structure) {
    steps.push({ id: 'structure', label: 'Structure', status: 'fail', detail: structure })
    return done()
  }
  const header = decoded.header as Record<string, unknown>
  const payload = decoded.payload as Record<string, unknown>
  const alg = header.alg as string
  steps.push({
    id: 'structure',
    label: 'Structure',
    status: 'pass',
    detail: 'A JWS with a JSON header and a JSON claims set.',
    spec: rfc(7515, '7.1'),
  })

  const algProblem = checkAlg(alg, keys, options.algorithms)
  if (algProblem) {
    steps.push({
      id: 'alg',
      label: 'Algorithm',
      status: 'fail',
      detail: algProblem,
      spec: rfc(8725, '3.1'),
      joseCode: alg === 'none' ? undefined : 'ERR_JOSE_ALG_NOT_ALLOWED',
    })
    return done()
  }
  steps.push({
    id: 'alg',
    label: 'Algorithm',
    status: 'pass',
    detail: `${alg} is an algorithm this verifier accepts.`,
    spec: rfc(8725, '3.1'),
  })

  const selection = selectKeys(header, alg, keys)
  steps.push(selection.step)
  if (selection.step.status === 'fail') return done()

  let usedKey: JWK | undefined
  let failure: { code: string; sentence: string } | undefined
  for (const jwk of selection.keys) {
    try {
      await compactVerify(decoded.token, await importJWK(jwk, alg), { algorithms: [alg] })
      usedKey = jwk
      break
    } catch (error) {
      failure ??= explainJoseError(error, alg)
    }
  }
  steps.push(
    usedKey
      ? {
          id: 'signature',
          label: 'Signature',
          status: 'pass',
          detail: `The signature matches the header and payload under ${describeKey(usedKey)}.`,
          spec: rfc(7515, '5.2'),
        }
      : {
          id: 'signature',
          label: 'Signature',
          status: 'fail',
          detail: failure?.sentence ?? 'No key verified the signature.',
          spec: rfc(7515, '5.2'),
          joseCode: failure?.code,
        },
  )

  steps.push(...claimSteps(header, payload, options))

  if (usedKey && steps.every((step) => step.status !== 'fail')) {
    // The real check a resource server would make, to be sure the steps above agree with jose.
    try {
      await jwtVerify(decoded.token, await importJWK(usedKey, alg), {
        algorithms: [alg],
        currentDate: new Date(options.nowMs),
        issuer: options.issuer,
        audience: options.audience,
        typ: options.typ,
        clockTolerance: options.clockToleranceSeconds ?? 0,
      })
    } catch (error) {
      const { code, sentence } = explainJoseError(error, alg)
      steps.push({
        id: 'library',
        label: 'jose jwtVerify',
        status: 'fail',
        detail: sentence,
        joseCode: code,
      })
    }
  }
  return done(usedKey)
}

function finish(steps: VerifyStep[], options: VerifyOptions, usedKey?: JWK): VerifyResult {
  const failed = steps.find((step) => step.status === 'fail')
  if (failed)
    return { valid: false, summary: failed.detail, steps, usedKey, joseCode: failed.joseCode }
  const skipped = steps
    .filter((step) => step.status === 'skip' && ['iss', 'aud', 'typ'].includes(step.id))
    .map((step) => step.id)
  const caveat = skipped.length
    ? ` (${skipped.join(', ')} not compared: no expected value given)`
    : ''
  return {
    valid: true,
    summary: `Valid: the signature verifies with ${usedKey ? describeKey(usedKey) : 'the key'}, and every claim checked holds at ${formatNumericDate(Math.floor(options.nowMs / 1000))} by the lab clock${caveat}.`,
    steps,
    usedKey,
  }
}

function structureProblem(decoded: TokenDecode): string | undefined {
  switch (decoded.format) {
    case 'empty':
      return 'There is no token to verify.'
    case 'opaque':
      return 'An opaque token carries no signature to check: only the authorization server that issued it knows what it means. Ask it with token introspection (RFC 7662).'
    case 'jwe':
      return `This is a JWE: it is encrypted, not signed, so there is no signature to verify. Reading it needs ${describeJweKeyManagement(decoded.header?.alg).recipientKey}; the inspector does not decrypt.`
    case 'malformed':
      return `It cannot be verified until it decodes: ${decoded.errors[0] ?? 'it is not a JWS.'}`
  }
  if (decoded.errors.length > 0) return `It cannot be verified as pasted: ${decoded.errors[0]}`
  if (!decoded.header || !decoded.payload)
    return 'It cannot be verified: the header or the payload does not decode.'
  return undefined
}

function checkAlg(
  alg: string,
  keys: VerificationKeys,
  algorithms: string[] | undefined,
): string | undefined {
  if (alg === 'none' || alg.toLowerCase() === 'none') {
    return `Refused: alg is "${alg}", an unsecured JWS with no signature (RFC 7515 Appendix A.5). Anyone can write one, so a verifier never accepts it, whatever the key (RFC 8725 §3.1).`
  }
  if (!VERIFIABLE_ALGORITHMS.includes(alg))
    return `Algorithm not allowed: "${alg}" is not a JWS signature algorithm this verifier knows (RFC 7518 §3.1).`
  if (!algorithms && !keys.isSet) return undefined
  const allowed = algorithms ?? [...new Set(keys.keys.flatMap(algorithmsForKey))]
  if (allowed.includes(alg)) return undefined
  const confusion =
    alg.startsWith('HS') && keys.keys.every((key) => key.kty !== 'oct')
      ? ` Verifying ${alg} with a public key used as the HMAC secret is the algorithm-confusion attack: anyone who knows the public key could forge tokens.`
      : ''
  return `Algorithm not allowed: the token says ${alg}, but ${keys.source === 'lab' ? 'the lab authorization server signs with' : 'these keys allow'} only ${allowed.join(', ') || 'no algorithm'}. The verifier takes the algorithm from its keys, never from the token (RFC 8725 §3.1).${confusion}`
}

function selectKeys(
  header: Record<string, unknown>,
  alg: string,
  keys: VerificationKeys,
): { step: VerifyStep; keys: JWK[] } {
  const fail = (detail: string, joseCode?: string) => ({
    step: {
      id: 'key' as const,
      label: 'Key',
      status: 'fail' as const,
      detail,
      spec: rfc(7515, '4.1.4'),
      joseCode,
    },
    keys: [],
  })
  const kid = typeof header.kid === 'string' ? header.kid : undefined
  let candidates = keys.keys
  let note = ''
  if (keys.isSet && kid !== undefined) {
    candidates = keys.keys.filter((key) => key.kid === kid)
    if (candidates.length === 0) {
      const held = keys.keys.map((key) => (key.kid ? `"${key.kid}"` : '(no kid)')).join(', ')
      return fail(
        `kid "${kid}" not found in the key set, which holds ${held || 'no keys'}. The token was signed with a key these keys do not include: another issuer's key, a key of the signer's own, or one rotated out long ago.`,
        'ERR_JWKS_NO_MATCHING_KEY',
      )
    }
  } else if (
    !keys.isSet &&
    kid !== undefined &&
    keys.keys[0]?.kid !== undefined &&
    keys.keys[0].kid !== kid
  ) {
    note = ` Note: the token names kid "${kid}" but this key's kid is "${keys.keys[0].kid}"; it is tried because you chose it.`
  } else if (keys.isSet) {
    note = ' The header names no kid, so each key in the set is tried.'
  }
  candidates = candidates.filter((key) => key.use === undefined || key.use === 'sig')
  if (candidates.length === 0)
    return fail(
      'The only matching key is marked "use": "enc": it is for encryption, not for signatures (RFC 7517 §4.2).',
    )
  const fitting = candidates.filter((key) => keyFitsAlg(key, alg))
  if (fitting.length === 0) {
    return fail(
      `Key type does not fit the algorithm: ${alg} needs ${keyNeededFor(alg) ?? 'another kind of key'}, but ${candidates.map(describeKey).join(' and ')} ${candidates.length === 1 ? 'is' : 'are'} what there is.`,
    )
  }
  const declared = fitting.filter((key) => key.alg === undefined || key.alg === alg)
  if (declared.length === 0) {
    return fail(
      `The key ${fitting[0]?.kid ? `"${fitting[0].kid}" ` : ''}is declared for ${String(fitting[0]?.alg)} only (its "alg" member, RFC 7517 §4.4), but the token says ${alg}.`,
      'ERR_JOSE_ALG_NOT_ALLOWED',
    )
  }
  const names = declared.map(describeKey).join(', ')
  return {
    step: {
      id: 'key',
      label: 'Key',
      status: 'pass',
      detail: `Using ${names}, which fits ${alg}.${note}`,
      spec: rfc(7515, '4.1.4'),
    },
    keys: declared,
  }
}
