import { decodeJwt, decodeProtectedHeader } from 'jose'
import type { HalfHashSteps } from '../../protocol/jwt/at-hash'
import { claimSteps } from '../../protocol/jwt/claim-steps'
import { checkAgainstContext } from '../../protocol/jwt/context-checks'

/** One check a client makes on an ID token, in words, with the claim's value and the spec. */
export interface IdTokenCheck {
  id: 'iss' | 'aud' | 'azp' | 'signature' | 'exp' | 'nonce' | 'at_hash'
  /** The claim checked: "iss", "at_hash". */
  claim: string
  /** The claim's value in the token, as text. */
  value: string
  status: 'pass' | 'fail' | 'warn' | 'skip'
  reason: string
  /** "OIDC Core §3.1.3.7". */
  spec: string
  /** For at_hash: each step of the computation. */
  atHash?: HalfHashSteps
}

/** What the client expects, from the request it sent (OIDC Core §3.1.2.1) and the lab clock. */
export interface IdTokenExpectations {
  issuer: string
  clientId: string
  nonce: string
  /** The access token of the same response, for at_hash (OIDC Core §3.1.3.8). */
  accessToken: string
  nowMs: number
}

const shown = (value: unknown) =>
  value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value)

/**
 * The ID token validation of OIDC Core §3.1.3.7 and the at_hash check of §3.1.3.8, step by step,
 * with the same checks the token inspector runs (context-checks for iss, aud, azp, nonce and
 * at_hash; claim-steps for exp). The signature is not checked here, as the spec allows for a
 * token received straight from the token endpoint over TLS (§3.1.3.7 item 6).
 */
export async function checkIdToken(
  idToken: string,
  expected: IdTokenExpectations,
): Promise<IdTokenCheck[]> {
  const header = decodeProtectedHeader(idToken) as Record<string, unknown>
  const payload = decodeJwt(idToken) as Record<string, unknown>
  const context = await checkAgainstContext(header, payload, {
    kind: 'id_token',
    issuer: expected.issuer,
    clientId: expected.clientId,
    nonce: expected.nonce,
    accessToken: expected.accessToken,
  })
  const byId = (id: string) => context.find((check) => check.id === id)
  const fromContext = (id: 'iss' | 'aud' | 'azp' | 'nonce' | 'at_hash'): IdTokenCheck[] => {
    const check = byId(id)
    if (!check) return []
    return [
      {
        id,
        claim: id,
        value: shown(payload[id]),
        status: check.status,
        reason: check.reason,
        spec: check.spec.label,
        ...(check.atHash ? { atHash: check.atHash } : {}),
      },
    ]
  }
  const exp = claimSteps(header, payload, { nowMs: expected.nowMs }).find((s) => s.id === 'exp')
  const azp = fromContext('azp').filter((check) => check.status !== 'skip')
  return [
    ...fromContext('iss'),
    ...fromContext('aud'),
    ...azp,
    {
      id: 'signature',
      claim: 'signature',
      value: `${shown(header.alg)}, key ${shown(header.kid)}`,
      status: 'skip',
      reason:
        'Not checked by the client: the token came straight from the token endpoint over TLS, which OIDC Core §3.1.3.7 (item 6) accepts in its place. Inspect verifies it against the server’s keys.',
      spec: 'OIDC Core §3.1.3.7',
    },
    ...(exp
      ? [
          {
            id: 'exp' as const,
            claim: 'exp',
            value: shown(payload.exp),
            status: exp.status,
            reason: exp.detail,
            spec: 'OIDC Core §3.1.3.7',
          },
        ]
      : []),
    ...fromContext('nonce'),
    ...fromContext('at_hash'),
  ]
}

/** True when no check failed: the client may act on the token. */
export function idTokenAccepted(checks: readonly IdTokenCheck[]): boolean {
  return checks.length > 0 && checks.every((check) => check.status !== 'fail')
}
