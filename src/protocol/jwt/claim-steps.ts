/**
 * The claim checks a verifier makes after the signature (RFC 7519 §7.2, RFC 9068 §4, RFC 8725 §3),
 * each as a step with its reason. They run on the decoded claims even when the signature failed,
 * so a learner sees every problem at once.
 */
import { rfc, type SpecRef } from './spec-ref'
import { describeTimeClaim, formatNumericDate } from './time'

export type StepId =
  'structure' | 'alg' | 'key' | 'signature' | 'exp' | 'nbf' | 'iss' | 'aud' | 'typ' | 'library'

export interface VerifyStep {
  id: StepId
  label: string
  status: 'pass' | 'fail' | 'skip'
  detail: string
  spec?: SpecRef
  /** The jose error code behind a failure, when jose reported it. */
  joseCode?: string
}

export interface ClaimExpectations {
  nowMs: number
  issuer?: string
  audience?: string
  /** Expected header typ, e.g. "at+jwt" for an access token (RFC 9068 §2.1). */
  typ?: string
  clockToleranceSeconds?: number
}

/** Checks exp, nbf, iss, aud and typ against the expectations, in the order jose checks them. */
export function claimSteps(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  expect: ClaimExpectations,
): VerifyStep[] {
  const tolerance = expect.clockToleranceSeconds ?? 0
  const nowS = Math.floor(expect.nowMs / 1000)
  const clock = (claim: 'exp' | 'nbf', value: number) =>
    describeTimeClaim(claim, value, expect.nowMs).text
  const steps: VerifyStep[] = []
  // RFC 9068 §4 is the access-token recipe: cite it for access tokens only, never for ID tokens.
  const accessToken =
    expect.typ !== undefined && normalizeTyp(expect.typ) === normalizeTyp('at+jwt')

  steps.push(
    expect.typ === undefined
      ? {
          id: 'typ',
          label: 'Type (typ)',
          status: 'skip',
          detail: 'No expected type given, so typ was not compared.',
          spec: rfc(8725, '3.11'),
        }
      : typeof header.typ === 'string' && normalizeTyp(header.typ) === normalizeTyp(expect.typ)
        ? {
            id: 'typ',
            label: 'Type (typ)',
            status: 'pass',
            detail: `typ is ${header.typ}, as expected.`,
            spec: rfc(9068, '2.1'),
          }
        : {
            id: 'typ',
            label: 'Type (typ)',
            status: 'fail',
            detail:
              `Wrong type: typ is ${header.typ === undefined ? 'missing' : JSON.stringify(header.typ)}, but ${expect.typ} was expected. ${accessToken ? 'The explicit type is what stops an ID token or another JWT being accepted as an access token (RFC 9068 §5).' : ''}`.trim(),
            spec: accessToken ? rfc(9068, '4') : rfc(8725, '3.11'),
          },
  )

  const iss = payload.iss
  steps.push(
    expect.issuer === undefined
      ? {
          id: 'iss',
          label: 'Issuer (iss)',
          status: 'skip',
          detail: 'No expected issuer given, so iss was not compared.',
          spec: rfc(7519, '4.1.1'),
        }
      : iss === expect.issuer
        ? {
            id: 'iss',
            label: 'Issuer (iss)',
            status: 'pass',
            detail: `iss is ${expect.issuer}, exactly the expected issuer.`,
            spec: rfc(7519, '4.1.1'),
          }
        : {
            id: 'iss',
            label: 'Issuer (iss)',
            status: 'fail',
            detail: `Wrong issuer: iss is ${iss === undefined ? 'missing' : JSON.stringify(iss)}, but the expected issuer is "${expect.issuer}"; the two must match exactly, character for character.`,
            spec: accessToken ? rfc(9068, '4') : rfc(7519, '4.1.1'),
          },
  )

  const aud = payload.aud
  const audList = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : []
  steps.push(
    expect.audience === undefined
      ? {
          id: 'aud',
          label: 'Audience (aud)',
          status: 'skip',
          detail:
            'No expected audience given, so aud was not compared. A real recipient always checks that it is in aud.',
          spec: rfc(7519, '4.1.3'),
        }
      : audList.includes(expect.audience)
        ? {
            id: 'aud',
            label: 'Audience (aud)',
            status: 'pass',
            detail: `aud includes ${expect.audience}.`,
            spec: rfc(7519, '4.1.3'),
          }
        : {
            id: 'aud',
            label: 'Audience (aud)',
            status: 'fail',
            detail: `Wrong audience: aud is ${aud === undefined ? 'missing' : JSON.stringify(aud)}, which does not include "${expect.audience}". A token meant for another recipient must be refused.`,
            spec: accessToken ? rfc(9068, '4') : rfc(7519, '4.1.3'),
          },
  )

  const nbf = payload.nbf
  steps.push(
    nbf === undefined
      ? {
          id: 'nbf',
          label: 'Not before (nbf)',
          status: 'skip',
          detail: 'No nbf, so there is no not-before time to check (the claim is optional).',
          spec: rfc(7519, '4.1.5'),
        }
      : typeof nbf !== 'number'
        ? {
            id: 'nbf',
            label: 'Not before (nbf)',
            status: 'fail',
            detail: `nbf is not a NumericDate (${JSON.stringify(nbf)}).`,
            spec: rfc(7519, '2'),
          }
        : nbf > nowS + tolerance
          ? {
              id: 'nbf',
              label: 'Not before (nbf)',
              status: 'fail',
              detail: `Not yet valid: nbf is ${formatNumericDate(nbf)}, ${clock('nbf', nbf)} by the lab clock.`,
              spec: rfc(7519, '4.1.5'),
            }
          : {
              id: 'nbf',
              label: 'Not before (nbf)',
              status: 'pass',
              detail: `Valid since ${formatNumericDate(nbf)}.`,
              spec: rfc(7519, '4.1.5'),
            },
  )

  const exp = payload.exp
  steps.push(
    exp === undefined
      ? {
          id: 'exp',
          label: 'Expiry (exp)',
          status: 'skip',
          detail:
            'No exp: this token never expires. RFC 9068 §2.2 requires exp in access tokens, and OIDC Core §2 in ID tokens.',
          spec: rfc(7519, '4.1.4'),
        }
      : typeof exp !== 'number'
        ? {
            id: 'exp',
            label: 'Expiry (exp)',
            status: 'fail',
            detail: `exp is not a NumericDate (${JSON.stringify(exp)}).`,
            spec: rfc(7519, '2'),
          }
        : exp <= nowS - tolerance
          ? {
              id: 'exp',
              label: 'Expiry (exp)',
              status: 'fail',
              detail: `Expired at ${formatNumericDate(exp)}: ${clock('exp', exp)} by the lab clock.`,
              spec: rfc(7519, '4.1.4'),
            }
          : {
              id: 'exp',
              label: 'Expiry (exp)',
              status: 'pass',
              detail: `Valid until ${formatNumericDate(exp)}: ${clock('exp', exp)}.`,
              spec: rfc(7519, '4.1.4'),
            },
  )
  return steps
}

/** typ compares case-insensitively, with "application/" optional (RFC 7515 §4.1.9). */
function normalizeTyp(typ: string): string {
  const lower = typ.toLowerCase()
  return lower.includes('/') ? lower : `application/${lower}`
}
